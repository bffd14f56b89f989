package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.civcred.config.CivcredException;
import org.civcred.crawl.CrawlRules;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;

class ProfileCrawlRulesTest {

    private final CrawlRules rules = new ProfileCrawlRules(SiteRegistry.load(Path.of("crawler")));

    @Test
    void seedsOfOneSiteCarryItsId() {
        List<CrawlRules.Seed> seeds = rules.seeds(List.of("credit-tianjin"));
        assertEquals(3, seeds.size());
        assertTrue(seeds.stream().allMatch(s -> s.siteId().equals("credit-tianjin") && s.request().isPost()));
        assertEquals("pageNo=1&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm=",
                seeds.get(0).request().formBody());
    }

    @Test
    void noSiteIdsMeansEverySite() {
        assertEquals(7, rules.seeds(List.of()).stream().map(CrawlRules.Seed::siteId).distinct().count());
    }

    @Test
    void anUnknownSiteIsAUsageErrorListingTheKnownOnes() {
        CivcredException e = assertThrows(CivcredException.class, () -> rules.seeds(List.of("nowhere")));
        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("creditchina"), e.getMessage());
    }

    @Test
    void creditChinaIsPacedAtAMinuteAndOthersAtThreeSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(60)), rules.profileDelay("public.creditchina.gov.cn"));
        assertEquals(Optional.of(Duration.ofSeconds(60)), rules.profileDelay("www.creditchina.gov.cn"));
        assertEquals(Optional.of(Duration.ofSeconds(3)), rules.profileDelay("www.tjwenming.cn"));
        assertEquals(Optional.empty(), rules.profileDelay("www.example.com"));
    }

    @Test
    void captchaEndpointsAreDefenceEndpoints() {
        assertTrue(rules.isDefenceEndpoint("http://public.creditchina.gov.cn/private-api/verify/getVerify?t=1"));
        assertTrue(rules.isDefenceEndpoint("http://credit.fzgg.tj.gov.cn/xygs/captcha.do"));
        assertFalse(rules.isDefenceEndpoint("http://credit.fzgg.tj.gov.cn/xygs/datalist.do"));
    }

    @Test
    void scopeFollowsTheProfilesAllowAndDenyRules() {
        assertTrue(rules.inScope(CrawlRequest.get("http://www.wenming.cn/sbhr_pd/hr365/201801/t20180108_4561234.shtml")));
        assertFalse(rules.inScope(CrawlRequest.get("http://www.wenming.cn/search/?q=1")));
        assertFalse(rules.inScope(CrawlRequest.get("http://www.tongbai.gov.cn/zwgk/index.html")));
        assertFalse(rules.inScope(CrawlRequest.get("http://public.creditchina.gov.cn/private-api/verify/getVerify?t=1")));
        assertFalse(rules.inScope(CrawlRequest.get("http://www.example.com/")));
        assertTrue(rules.inScope(CrawlRequest.post("http://credit.fzgg.tj.gov.cn/xygs/datalist.do", "pageNo=2")));
    }

    @Test
    void siteAndFamilyOfAUrl() {
        assertEquals(Optional.of("tongbai-hhb"), rules.siteOf("http://www.tongbai.gov.cn/xyxx/hhb/index.html"));
        assertEquals(Optional.of("credit"), rules.familyOf("http://www.tongbai.gov.cn/xyxx/hhb/index.html"));
        assertEquals(Optional.empty(), rules.siteOf("http://www.example.com/"));
        assertTrue(rules.hostAllowed("hnzmd.wenming.cn"));
    }

    @Test
    void linksComeFromTheProfileAndABrokenPageGivesNone() {
        Page list = Fixtures.html("http://www.tongbai.gov.cn/xyxx/hhb/index.html",
                "<ul class=list><li><a href='./201907/t20190715_58123.html'>x</a></li></ul>");
        assertEquals(LinkKind.DETAIL, rules.links(list).get(0).kind());
        assertEquals("http://www.tongbai.gov.cn/xyxx/hhb/201907/t20190715_58123.html", rules.links(list).get(0).request().url());
        Page garbage = Fixtures.json("http://zghr.wenming.cn/api/v2/candidates?pageNum=1", "{not json");
        assertEquals(List.of(), rules.links(garbage));
    }
}
