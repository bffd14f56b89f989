package org.civcred.mirror.site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civcred.model.Family;

/** The ten mirrored hosts (contract §1–§10). */
public final class Hosts {

    private Hosts() {
    }

    public static final Charset GB18030 = Charset.forName("GB18030");

    public static final Host WENMING = new Host("www.wenming.cn", Family.CIVILIZATION, "wenming",
            "text/html; charset=UTF-8", StandardCharsets.UTF_8, "nginx",
            "User-agent: *\nDisallow: /search/\nDisallow: /sbhr_pd/zghrb/preview/\nDisallow: /wmsjk/xjrw/print/\n",
            true, "中国文明网", "中央精神文明建设指导委员会办公室", "京ICP备05070640号",
            List.of(new String[] {"中国好人榜", "http://www.wenming.cn/sbhr_pd/zghrb/index.shtml"},
                    new String[] {"好人365", "http://www.wenming.cn/sbhr_pd/hr365/index.shtml"},
                    new String[] {"身边好人", "http://www.wenming.cn/sbhr_pd/ywjj/index.shtml"},
                    new String[] {"要闻", "http://www.wenming.cn/a/yw/index.shtml"},
                    new String[] {"先进人物库", "http://www.wenming.cn/wmsjk/xjrw/index.shtml"}));
    public static final Host ZGHR = new Host("zghr.wenming.cn", Family.CIVILIZATION, "wenming",
            "application/json;charset=UTF-8", StandardCharsets.UTF_8, "nginx", "User-agent: *\nDisallow: /admin/\n",
            false, "中国好人网", "中国文明网", "京ICP备05070640号", List.of());
    public static final Host HNNY = new Host("hnny.wenming.cn", Family.CIVILIZATION, "wenming-local",
            "text/html; charset=UTF-8", StandardCharsets.UTF_8, "Apache", "User-agent: *\nDisallow: /search/\n",
            false, "南阳文明网", "中共南阳市委宣传部 南阳市文明办", "豫ICP备10008869号",
            List.of(new String[] {"身边好人", "http://hnny.wenming.cn/sbhr/index.shtml"},
                    new String[] {"道德模范", "http://hnny.wenming.cn/ddmf/index.shtml"}));
    public static final Host TJWENMING = new Host("www.tjwenming.cn", Family.CIVILIZATION, "tjwenming",
            "text/html", GB18030, "Microsoft-IIS/7.5", "User-agent: *\nDisallow: /bbs/\n",
            false, "天津文明网", "中共天津市委宣传部 天津市文明办", "津ICP备05004350号",
            List.<String[]>of(new String[] {"天津好人", "http://www.tjwenming.cn/tjhr/index.shtml"}));
    public static final Host CREDITCHINA = new Host("www.creditchina.gov.cn", Family.CREDIT, "creditchina",
            "text/html; charset=UTF-8", StandardCharsets.UTF_8, "nginx",
            "User-agent: *\nDisallow: /search/\nDisallow: /private-api/\n",
            true, "信用中国", "国家发展和改革委员会 中国人民银行", "京ICP备05078049号",
            List.of(new String[] {"守信红名单", "http://www.creditchina.gov.cn/xinyongfuwu/shouxinhongmingdan/index.html"},
                    new String[] {"诚信文化", "http://www.creditchina.gov.cn/xinyongwenhua/chengxinwenhua/index.html"},
                    new String[] {"信用动态", "http://www.creditchina.gov.cn/xinwenzixun/xinyongdongtai/index.html"}));
    public static final Host PUBLIC_API = new Host("public.creditchina.gov.cn", Family.CREDIT, "creditchina",
            "application/json;charset=UTF-8", StandardCharsets.UTF_8, "nginx",
            "User-agent: *\nDisallow: /private-api/verify/\n", false, "信用中国", "国家发展和改革委员会",
            "京ICP备05078049号", List.of());
    public static final Host CREDIT_TIANJIN = new Host("credit.fzgg.tj.gov.cn", Family.CREDIT, "credit-tianjin",
            "text/html;charset=UTF-8", StandardCharsets.UTF_8, "Apache-Coyote/1.1", "User-agent: *\nDisallow: /admin/\n",
            false, "信用天津", "天津市发展和改革委员会", "津ICP备10003262号", List.of());
    public static final Host TONGBAI = new Host("www.tongbai.gov.cn", Family.CREDIT, "tongbai-hhb",
            "text/html; charset=\"utf-8\"", StandardCharsets.UTF_8, "nginx/1.12.2", "User-agent: *\nDisallow: /zwgk/ysqgk/\n",
            false, "桐柏县人民政府", "桐柏县人民政府办公室", "豫ICP备05018736号",
            List.<String[]>of(new String[] {"诚信红黑榜", "http://www.tongbai.gov.cn/xyxx/hhb/index.html"}));
    public static final Host NANYANG = new Host("credit.nanyang.gov.cn", Family.CREDIT, "credit-nanyang",
            "text/html; charset=GBK", GB18030, "Apache", "User-agent: *\nDisallow: /search/\n",
            false, "信用南阳", "南阳市发展和改革委员会", "豫ICP备12003795号",
            List.of(new String[] {"社会信用信息", "http://credit.nanyang.gov.cn/shxyxx/index.html"},
                    new String[] {"诚信文化", "http://credit.nanyang.gov.cn/cxwh/index.html"}));
    public static final Host HNZMD = new Host("hnzmd.wenming.cn", Family.CIVILIZATION, "wenming-local",
            "text/html; charset=UTF-8", StandardCharsets.UTF_8, "Apache", null,
            false, "驻马店文明网", "中共驻马店市委宣传部 驻马店市文明办", "豫ICP备09016571号", List.of());

    public static final List<Host> ALL = List.of(WENMING, ZGHR, HNNY, TJWENMING, CREDITCHINA, PUBLIC_API,
            CREDIT_TIANJIN, TONGBAI, NANYANG, HNZMD);

    public static Optional<Host> byName(String name) {
        return ALL.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Scenario site ids (profile-like names used in scenario.yaml) to hosts. */
    public static Host bySiteId(String site) {
        return switch (site) {
            case "wenming" -> WENMING;
            case "hnny" -> HNNY;
            case "tjwenming" -> TJWENMING;
            case "creditchina" -> CREDITCHINA;
            case "credit-nanyang" -> NANYANG;
            case "tongbai-hhb" -> TONGBAI;
            case "credit-tianjin" -> CREDIT_TIANJIN;
            default -> throw new IllegalArgumentException("Unknown site '" + site + "' in mirror/scenario.yaml");
        };
    }
}
