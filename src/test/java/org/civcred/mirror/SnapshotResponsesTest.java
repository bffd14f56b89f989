package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.civcred.model.CrawlRequest;
import org.junit.jupiter.api.Test;

/** respond() answers as the contract says, without any server in between. */
class SnapshotResponsesTest {

    private static final String HONOURS = "http://www.creditchina.gov.cn/xinyongfuwu/shouxinhongmingdan/index.html";
    private static final String DATALIST = "http://credit.fzgg.tj.gov.cn/xygs/datalist.do";

    private final MirrorSnapshot snapshot = MirrorSnapshot.standard();
    private final GroundTruth truth = snapshot.groundTruth();

    private MirrorResponse respond(CrawlRequest r, Map<String, List<String>> headers) {
        return snapshot.respond(new MirrorRequest(r.method(), r.url(), r.formBody(), headers)).orElseThrow();
    }

    private MirrorResponse get(String url) {
        return respond(CrawlRequest.get(url), Map.of());
    }

    private static CrawlRequest fromKey(String key) {
        String[] parts = key.split(" ", 3);
        return parts[0].equals("GET") ? CrawlRequest.get(parts[1]) : CrawlRequest.post(parts[1], parts.length > 2 ? parts[2] : "");
    }

    @Test
    void everyExpectedCaptureAnswers2xx() {
        for (String key : truth.crawl().expectedCaptures()) {
            int status = respond(fromKey(key), Map.of()).status();
            assertTrue(status / 100 == 2, key + " -> " + status);
        }
    }

    @Test
    void everyAppearanceIsOnAnExpectedCaptureAndNamesThePerson() {
        Set<String> captures = Set.copyOf(truth.crawl().expectedCaptures());
        for (GroundTruth.Person p : truth.persons()) {
            for (GroundTruth.Appearance a : p.appearances()) {
                assertTrue(captures.contains(a.request()), p.id() + " " + a.request());
                MirrorResponse r = respond(fromKey(a.request()), Map.of());
                Charset cs = a.url().contains("tjwenming") || a.url().contains("nanyang") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
                String text = new String(r.body(), cs);
                assertTrue(text.contains(a.nameAsWritten()), p.id() + " not named as " + a.nameAsWritten() + " on " + a.request());
            }
        }
        for (GroundTruth.Distractor d : truth.distractors()) {
            d.appearances().forEach(a -> assertTrue(captures.contains(a.request()), d.id() + " " + a.request()));
        }
        truth.articles().forEach(c -> c.members().forEach(m -> assertTrue(captures.contains("GET " + m.url()), m.url())));
        truth.crossMentions().forEach(m -> assertTrue(captures.contains("GET " + m.url()), m.url()));
    }

    @Test
    void robotsTxtIsServedPerHostAndHnzmdHasNone() {
        for (Map.Entry<String, String> e : truth.crawl().robotsTxt().entrySet()) {
            MirrorResponse r = get("http://" + e.getKey() + "/robots.txt");
            assertEquals(200, r.status());
            assertEquals(e.getValue(), new String(r.body(), StandardCharsets.UTF_8));
        }
        assertEquals(9, truth.crawl().robotsTxt().size());
        assertEquals(404, get("http://hnzmd.wenming.cn/robots.txt").status());
        assertTrue(truth.crawl().robotsTxt().get("www.wenming.cn").contains("Disallow: /sbhr_pd/zghrb/preview/"));
        assertEquals(3, truth.crawl().robotsDisallowed().size());
    }

    @Test
    void eachChallengeKindAnswersAsTheRealSiteDoes() {
        MirrorResponse ts = get("http://www.creditchina.gov.cn/xinyongfuwu/shixinheimingdan/index.html");
        assertEquals(412, ts.status());
        assertTrue(new String(ts.body(), StandardCharsets.UTF_8).contains("$_ts=window['$_ts']"));
        MirrorResponse jsl = get("http://www.creditchina.gov.cn/xinyongfuwu/zhengfushixin/index.html");
        assertEquals(307, jsl.status());
        assertEquals("http://www.creditchina.gov.cn/xinyongfuwu/zhengfushixin/index.html", jsl.header("Location").orElseThrow());
        assertTrue(jsl.header("Set-Cookie").orElseThrow().startsWith("__jsl_clearance="));
        MirrorResponse blocked = get(PublicApiPaths.black(4));
        assertEquals(200, blocked.status());
        assertTrue(new String(blocked.body(), StandardCharsets.UTF_8).contains("\"status\":40001"));
        assertTrue(new String(get(PublicApiPaths.black(7)).body(), StandardCharsets.UTF_8).contains("40001"));
        MirrorResponse captcha = respond(CrawlRequest.post(DATALIST, "pageNo=2&pageSize=10&messageid=msg_xzcf&domainid=028&condition=&yzm="), Map.of());
        String page = new String(captcha.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("请输入验证码") && page.contains("<img src=\"/xygs/captcha.do\"") && page.contains("name=\"yzm\""));
        Set<String> kinds = Set.copyOf(truth.crawl().challenges().stream().map(GroundTruth.Challenge::kind).toList());
        assertEquals(Set.of("http-412", "jsl-clearance", "json-40001", "captcha"), kinds);
        assertTrue(truth.crawl().defenceEndpoints().contains("http://public.creditchina.gov.cn/private-api/verify/getVerify?t=1"));
    }

    @Test
    void htmlAnswers304ToAMatchingEtagOrDateAndJsonCarriesNeither() {
        MirrorResponse first = get(HONOURS);
        String etag = first.header("ETag").orElseThrow();
        String lastModified = first.header("Last-Modified").orElseThrow();
        assertEquals(304, respond(CrawlRequest.get(HONOURS), Map.of("If-None-Match", List.of(etag))).status());
        assertEquals(304, respond(CrawlRequest.get(HONOURS), Map.of("if-modified-since", List.of(lastModified))).status());
        assertEquals(200, respond(CrawlRequest.get(HONOURS), Map.of("If-None-Match", List.of("\"other\""))).status());
        MirrorResponse api = get(PublicApiPaths.reward(1));
        assertFalse(api.header("ETag").isPresent());
        assertFalse(api.header("Last-Modified").isPresent());
    }

    @Test
    void wenmingAndCreditChinaGzipWhenAskedAndOthersNever() throws IOException {
        Map<String, List<String>> gzip = Map.of("Accept-Encoding", List.of("gzip, deflate"));
        MirrorResponse zipped = respond(CrawlRequest.get(HONOURS), gzip);
        assertEquals("gzip", zipped.header("Content-Encoding").orElseThrow());
        byte[] plain = get(HONOURS).body();
        assertArrayEquals(plain, new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes());
        assertEquals(String.valueOf(zipped.body().length), zipped.header("Content-Length").orElseThrow());
        assertTrue(respond(CrawlRequest.get("http://www.wenming.cn/a/yw/index.shtml"), gzip).header("Content-Encoding").isPresent());
        assertFalse(respond(CrawlRequest.get("http://hnny.wenming.cn/sbhr/index.shtml"), gzip).header("Content-Encoding").isPresent());
        assertFalse(respond(CrawlRequest.get(HONOURS), Map.of("Accept-Encoding", List.of("gzip;q=0"))).header("Content-Encoding").isPresent());
    }

    @Test
    void gbkPagesDecodeWithGb18030AndAreNotUtf8() {
        assertTrue(truth.gbkSamples().size() >= 3);
        for (GroundTruth.GbkSample s : truth.gbkSamples()) {
            MirrorResponse r = get(s.url());
            assertTrue(new String(r.body(), Charset.forName("GB18030")).contains(s.contains()), s.url());
            assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(r.body())), s.url());
        }
        assertEquals("text/html", get("http://www.tjwenming.cn/tjhr/index.shtml").header("Content-Type").orElseThrow());
        assertEquals("text/html; charset=GBK", get("http://credit.nanyang.gov.cn/cxwh/index.html").header("Content-Type").orElseThrow());
        assertEquals("text/html; charset=\"utf-8\"", get("http://www.tongbai.gov.cn/xyxx/hhb/index.html").header("Content-Type").orElseThrow());
    }

    @Test
    void gbkHostsUseOnlyCharactersGbkCanEncode() {
        var gbk = Charset.forName("GBK");
        for (MirrorResource r : snapshot.resources()) {
            if (r.host().equals("www.tjwenming.cn") || r.host().equals("credit.nanyang.gov.cn")) {
                String text = new String(r.body(), Charset.forName("GB18030"));
                assertTrue(gbk.newEncoder().canEncode(text), r.url());
            }
        }
    }

    @Test
    void queryParametersAndFormFieldsMatchInAnyOrder() {
        String reordered = "http://public.creditchina.gov.cn/private-api/typeSourceSearch?pageSize=10&page=2&type=守信激励";
        assertArrayEquals(get(PublicApiPaths.reward(2)).body(), get(reordered).body());
        MirrorResponse page2 = respond(CrawlRequest.post(DATALIST, "yzm=&condition=&domainid=029&messageid=msg_tjhr_2018&pageSize=10&pageNo=2"), Map.of());
        MirrorResponse same = respond(CrawlRequest.post(DATALIST, "pageNo=2&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm="), Map.of());
        assertEquals(200, page2.status());
        assertArrayEquals(same.body(), page2.body());
    }

    @Test
    void postListPagesDifferAndTheLastPageIsNamedOnTheFirst() {
        String first = new String(respond(CrawlRequest.post(DATALIST, "pageNo=1&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm="), Map.of()).body(), StandardCharsets.UTF_8);
        String second = new String(respond(CrawlRequest.post(DATALIST, "pageNo=2&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm="), Map.of()).body(), StandardCharsets.UTF_8);
        assertTrue(first.contains("_gotoPage('4')\">尾页"), "尾页 names the last page");
        assertTrue(first.contains("showDetail('R"));
        assertFalse(first.equals(second));
        assertEquals(404, respond(CrawlRequest.post(DATALIST, "pageNo=9&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm="), Map.of()).status());
        assertEquals(405, get(DATALIST).status());
    }

    @Test
    void unknownHostsAreNotAnsweredAndUnknownPathsAre404() {
        assertTrue(snapshot.respond(MirrorRequest.get("http://example.com/")).isEmpty());
        assertEquals(404, get("http://www.wenming.cn/no/such/page.shtml").status());
        String control = new String(snapshot.respond(MirrorRequest.get("http://127.0.0.1:8080/__civcred/mirror")).orElseThrow().body(), StandardCharsets.UTF_8);
        assertTrue(control.contains("\"civcred-mirror\":\"" + snapshot.version() + "\""), control);
        byte[] gt = snapshot.respond(MirrorRequest.get("http://127.0.0.1:8080/__civcred/ground-truth.json")).orElseThrow().body();
        assertArrayEquals(snapshot.groundTruthJson(), gt);
    }
}
