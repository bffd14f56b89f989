package org.civcred.mirror;

/** The public API URLs of the contract (§6), for tests. */
final class PublicApiPaths {

    private PublicApiPaths() {
    }

    static String black(int page) {
        return "http://public.creditchina.gov.cn/private-api/catalogSearchPerson?tableName=credit_zgf_zrr_sxbzxr_jb"
                + "&searchState=2&scenes=defaultscenario&keyword=&page=" + page + "&pageSize=10";
    }

    static String reward(int page) {
        return "http://public.creditchina.gov.cn/private-api/typeSourceSearch?type=%E5%AE%88%E4%BF%A1%E6%BF%80%E5%8A%B1&page="
                + page + "&pageSize=10";
    }
}
