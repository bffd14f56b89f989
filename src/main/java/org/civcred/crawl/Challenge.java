package org.civcred.crawl;

/**
 * An anti-bot defence recognised in a response (or a URL that is one).
 *
 * @param kind   stable name written as the {@code challenge-kind} metadata field
 * @param detail one line for the record's detail field
 */
record Challenge(String kind, String detail) {

    static final String HTTP_412 = "http-412";
    static final String JSL_CLEARANCE = "jsl-clearance";
    static final String STATUS_40001 = "status-40001";
    static final String CAPTCHA_PAGE = "captcha-page";
    static final String CAPTCHA_ENDPOINT = "captcha-endpoint";
}
