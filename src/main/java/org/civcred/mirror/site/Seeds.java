package org.civcred.mirror.site;

import java.util.ArrayList;
import java.util.List;
import org.civcred.model.CrawlRequest;

/** The contract's seeds, in the order the contract lists them. */
public final class Seeds {

    private Seeds() {
    }

    public static List<CrawlRequest> all(List<String> activityIds) {
        List<CrawlRequest> s = new ArrayList<>();
        for (String u : List.of("http://www.wenming.cn/sbhr_pd/zghrb/index.shtml", "http://www.wenming.cn/sbhr_pd/hr365/index.shtml",
                "http://www.wenming.cn/sbhr_pd/ywjj/index.shtml", "http://www.wenming.cn/a/yw/index.shtml",
                "http://www.wenming.cn/wmsjk/xjrw/index.shtml")) {
            s.add(CrawlRequest.get(u));
        }
        for (String id : activityIds) {
            s.add(CrawlRequest.get(ZghrApi.candidatesUrl(id, 1)));
        }
        s.add(CrawlRequest.get("http://hnny.wenming.cn/sbhr/index.shtml"));
        s.add(CrawlRequest.get("http://hnny.wenming.cn/ddmf/index.shtml"));
        s.add(CrawlRequest.get("http://www.tjwenming.cn/tjhr/index.shtml"));
        s.add(CrawlRequest.get("http://www.creditchina.gov.cn/xinyongfuwu/shouxinhongmingdan/index.html"));
        s.add(CrawlRequest.get("http://www.creditchina.gov.cn/xinyongwenhua/chengxinwenhua/index.html"));
        s.add(CrawlRequest.get("http://www.creditchina.gov.cn/xinwenzixun/xinyongdongtai/index.html"));
        s.add(CrawlRequest.get(CreditChinaSite.BLACKLIST));
        s.add(CrawlRequest.get(CreditChinaSite.GOV_DISHONEST));
        s.add(CrawlRequest.get(PublicApi.blackUrl(1)));
        s.add(CrawlRequest.get(PublicApi.rewardUrl(1)));
        s.add(CrawlRequest.post(CreditTianjinSite.LIST_URL, CreditTianjinSite.form(1, "msg_tjhr_2018", "029")));
        s.add(CrawlRequest.post(CreditTianjinSite.LIST_URL, CreditTianjinSite.form(1, "msg_sxbzxr", "028")));
        s.add(CrawlRequest.post(CreditTianjinSite.LIST_URL, CreditTianjinSite.form(1, "msg_xzcf", "028")));
        s.add(CrawlRequest.get("http://www.tongbai.gov.cn/xyxx/hhb/index.html"));
        s.add(CrawlRequest.get("http://credit.nanyang.gov.cn/shxyxx/index.html"));
        s.add(CrawlRequest.get("http://credit.nanyang.gov.cn/cxwh/index.html"));
        return s;
    }
}
