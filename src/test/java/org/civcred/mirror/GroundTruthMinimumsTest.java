package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sizes the mirror promises, read back from its ground truth and resources. */
class GroundTruthMinimumsTest {

    private final MirrorSnapshot snapshot = MirrorSnapshot.standard();
    private final GroundTruth truth = snapshot.groundTruth();
    private final List<String> captures = truth.crawl().expectedCaptures();

    private long count(String keyPattern) {
        return captures.stream().filter(k -> k.matches(keyPattern)).count();
    }

    @Test
    void aCorrectCrawlCapturesAtLeast420Responses() {
        assertTrue(captures.size() >= 420, "expected captures: " + captures.size());
        assertEquals(captures.size(), Set.copyOf(captures).size(), "every capture is listed once");
        assertEquals(10, truth.hosts().size());
        assertEquals(24, truth.crawl().seeds().size());
    }

    @Test
    void wenmingHasAtLeastEightEditionsOfTwelveWithAStoryEach() {
        assertTrue(count("GET http://www\\.wenming\\.cn/sbhr_pd/zghrb/bd/\\d{6}/index\\.html") >= 8);
        assertTrue(count("GET http://www\\.wenming\\.cn/sbhr_pd/hr365/\\d{6}/t\\d{8}_\\d{7}\\.shtml") >= 8 * 12);
        assertTrue(count("GET http://www\\.wenming\\.cn/sbhr_pd/hr365/index(_\\d+)?\\.shtml") >= 2, "hr365 list is paginated");
    }

    @Test
    void tianjinCivilizationNetHasAtLeastThreeMonthlyListsOfTen() {
        assertTrue(count("GET http://www\\.tjwenming\\.cn/tjhr/tjhrb/\\d{6}/index\\.shtml") >= 3);
        assertTrue(count("GET http://www\\.tjwenming\\.cn/tjhr/\\d{6}/t\\d{8}_\\d+\\.shtml") >= 30);
    }

    @Test
    void creditTianjinListsHaveTheirRowsAndADetailEach() {
        assertTrue(count(".*showDetail\\.do\\?recid=R.*msg_tjhr_2018.*") >= 35);
        assertTrue(count(".*showDetail\\.do\\?recid=B.*msg_sxbzxr.*") >= 25);
        assertTrue(count("POST .*datalist\\.do .*messageid=msg_tjhr_2018.*") >= 4, "red list spans pages");
        assertTrue(count("POST .*datalist\\.do .*messageid=msg_sxbzxr.*") >= 3, "black list spans pages");
    }

    @Test
    void creditChinaColumnsReachTheirSizes() {
        assertTrue(count("GET http://www\\.creditchina\\.gov\\.cn/xinyongfuwu/shouxinhongmingdan/\\d{6}/.*") >= 25);
        assertTrue(count("GET http://www\\.creditchina\\.gov\\.cn/xinyongwenhua/chengxinwenhua/\\d{6}/.*") >= 12);
        assertTrue(count("GET http://www\\.creditchina\\.gov\\.cn/xinwenzixun/xinyongdongtai/\\d{6}/.*") >= 12);
    }

    @Test
    void thePublicApiServesThreeBlackListPagesThenAChallenge() {
        assertEquals(3, count(".*catalogSearchPerson.*"));
        assertTrue(truth.crawl().challenges().stream().anyMatch(c -> c.kind().equals("json-40001") && c.request().contains("page=4")));
        String page1 = body(PublicApiPaths.black(1));
        assertTrue(page1.contains("\"total\":36"), page1);
        assertEquals(3, count(".*typeSourceSearch.*"));
        assertTrue(body(PublicApiPaths.reward(1)).matches(".*\"total\":(2[89]|[3-9]\\d).*"));
    }

    @Test
    void countySiteLocalSitesAndNanyangReachTheirSizes() {
        assertTrue(count("GET http://www\\.tongbai\\.gov\\.cn/xyxx/hhb/\\d{6}/.*") >= 6);
        assertTrue(count("GET http://credit\\.nanyang\\.gov\\.cn/(cxwh|shxyxx)/\\d{6}/.*") >= 20);
        assertTrue(count("GET http://hnny\\.wenming\\.cn/sbhr/\\d{6}/.*") >= 20);
        assertTrue(count("GET http://hnny\\.wenming\\.cn/ddmf/\\d{6}/.*") >= 1);
        assertTrue(count("GET http://hnzmd\\.wenming\\.cn/.*") >= 6);
    }

    @Test
    void thePersonDatabasePageIsOver300Kilobytes() {
        MirrorResource xjrw = snapshot.resources().stream().filter(r -> r.target().equals("/wmsjk/xjrw/index.shtml")).findFirst().orElseThrow();
        assertTrue(xjrw.body().length >= 300 * 1024, "size " + xjrw.body().length);
    }

    @Test
    void atLeastThirtyPersonsAppearOnBothSides() {
        assertTrue(truth.persons().size() >= 30);
        for (GroundTruth.Person p : truth.persons()) {
            Set<String> families = p.appearances().stream().map(GroundTruth.Appearance::family).collect(Collectors.toSet());
            assertEquals(Set.of("civilization", "credit"), families, p.id() + " " + p.name());
        }
    }

    @Test
    void atLeastFifteenDistractorsWithAReason() {
        assertTrue(truth.distractors().size() >= 15);
        truth.distractors().forEach(d -> assertTrue(!d.appearances().isEmpty() && !d.why().isBlank(), d.id()));
        Set<String> common = Set.of("王伟", "李娜", "张伟", "王芳", "刘洋", "张敏", "李静", "王静", "刘伟", "王秀英");
        assertEquals(common, truth.distractors().stream().map(GroundTruth.Distractor::name).filter(common::contains)
                .collect(Collectors.toSet()));
        assertTrue(truth.distractors().stream().anyMatch(d -> d.appearances().stream().anyMatch(a -> a.listKind().equals("black"))
                && !d.mustNotMatch().isEmpty()));
    }

    @Test
    void republishedClustersSpanBothFamiliesWithLagsOfTwoToNinetyDays() {
        assertTrue(truth.articles().size() >= 10);
        for (GroundTruth.ArticleCluster c : truth.articles()) {
            Set<String> families = c.members().stream().map(GroundTruth.Member::family).collect(Collectors.toSet());
            assertEquals(2, families.size(), c.id());
            LocalDate first = LocalDate.parse(c.members().get(0).date());
            for (GroundTruth.Member m : c.members().subList(1, c.members().size())) {
                long lag = LocalDate.parse(m.date()).toEpochDay() - first.toEpochDay();
                assertTrue(lag >= 2 && lag <= 90, c.id() + " lag " + lag);
                assertTrue(!m.edit().isEmpty(), c.id());
            }
        }
        assertTrue(truth.articleDistractors().size() >= 5);
    }

    @Test
    void crossMentionsCitiesAndGbkSamplesReachTheirMinimums() {
        assertTrue(truth.crossMentions().stream().map(GroundTruth.CrossMention::url).distinct().count() >= 16);
        assertTrue(truth.crossMentions().stream().anyMatch(m -> m.family().equals("credit")));
        assertTrue(truth.crossMentions().stream().anyMatch(m -> m.family().equals("civilization")));
        assertTrue(truth.cities().size() >= 5);
        assertTrue(truth.cities().stream().mapToInt(GroundTruth.City::govBodiesOnBlackLists).sum() >= 2);
        assertTrue(truth.gbkSamples().stream().map(GroundTruth.GbkSample::contains)
                .filter(n -> n.matches(".*[喆堃镕昇].*")).distinct().count() >= 3);
    }

    private String body(String url) {
        return new String(snapshot.respond(MirrorRequest.get(url)).orElseThrow().body(), StandardCharsets.UTF_8);
    }
}
