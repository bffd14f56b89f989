package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Header;
import org.civcred.site.Page;
import org.civcred.storage.HttpResponseData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChallengeDetectorTest {

    private static final TestRules RULES = new TestRules(List.of(), Set.of("h"), java.util.Map.of());
    private final ChallengeDetector detector = new ChallengeDetector(RULES);

    /** status, content type, extra headers (name, value, …), body → expected kind or "none". */
    static Stream<Arguments> responses() {
        return Stream.of(
                row("412 with the $_ts script", 412, "text/html", "<script>$_ts=window['$_ts'];</script>", "http-412"),
                row("412 with any body at all", 412, "text/plain", "", "http-412"),
                row("307 setting __jsl_clearance", 307, "text/html", "<script>x</script>", "jsl-clearance",
                        "Set-Cookie", "__jsl_clearance=1.2|0|abc; Path=/", "Location", "/same"),
                row("302 whose Location names __jsl_clearance", 302, "text/html", "", "jsl-clearance",
                        "Location", "/x?__jsl_clearance=1"),
                row("521 whose body sets __jsl_clearance", 521, "text/html",
                        "<script>document.cookie='__jsl_clearance=1578;max-age=3600'</script>", "jsl-clearance"),
                row("a plain 302 redirect", 302, "text/html", "", "none", "Location", "/elsewhere"),
                row("200 with __jsl_clearance is not the 3xx defence", 200, "text/html",
                        "<p>__jsl_clearance</p>", "none"),
                row("200 JSON status 40001", 200, "application/json", "{\"status\":40001,\"message\":\"请刷新后重试！\"}",
                        "status-40001"),
                row("200 JSON status 40001 as text", 200, "application/json;charset=UTF-8", "{\"status\":\"40001\"}",
                        "status-40001"),
                row("200 JSON without a type header", 200, null, "  {\"status\":40001}", "status-40001"),
                row("200 JSON with a normal status", 200, "application/json", "{\"status\":1,\"data\":{}}", "none"),
                row("40001 nested, not top-level", 200, "application/json", "{\"data\":{\"status\":40001}}", "none"),
                row("40001 on a 500 is an error, not this defence", 500, "application/json", "{\"status\":40001}", "none"),
                row("captcha page with an endpoint image", 200, "text/html",
                        "<p>请输入验证码</p><img src='/xygs/captcha.do'>", "captcha-page"),
                row("captcha page with a verify image", 200, "text/html",
                        "<p>验证码</p><img src='/img/verifyImage?t=3'>", "captcha-page"),
                row("captcha page with a yzm input", 200, "text/html", "<form>验证码<input name='yzm'></form>",
                        "captcha-page"),
                row("captcha page with a verifyCode input", 200, "text/html",
                        "<form>验证码<input name='verifyCode'></form>", "captcha-page"),
                row("captcha page with a captcha input", 200, "text/html", "<form>验证码<input name='CAPTCHA'></form>",
                        "captcha-page"),
                row("a page that mentions 验证码 only in prose", 200, "text/html",
                        "<p>如何找回验证码</p><img src='/logo.png'><input name='q'>", "none"),
                row("a captcha form without the word", 200, "text/html", "<input name='yzm'>", "none"),
                row("a list page that also carries a captcha search widget", 200, "text/html",
                        "<form>验证码<img src='/private-api/verify/getVerify?t=1'><input name='yzm'></form>"
                                + "<ul><li><a data-kind='DETAIL' href='/a/t20200315_1.html'>诚信之星</a></li></ul>", "none"),
                row("a captcha page whose only links are navigation", 200, "text/html",
                        "<a href='/'>首页</a><form>请输入验证码<input name='yzm'></form>", "captcha-page"),
                row("an ordinary article", 200, "text/html; charset=UTF-8", "<h1>好人</h1><p>事迹</p>", "none"),
                row("an ordinary 404", 404, "text/html", "not found", "none"));
    }

    private static Arguments row(String name, int status, String type, String body, String kind, String... headers) {
        return Arguments.of(name, status, type, body, kind, headers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void recognisesEachDefenceAndNothingElse(String name, int status, String type, String body, String kind,
                                             String[] headers) {
        List<Header> all = new ArrayList<>();
        if (type != null) {
            all.add(new Header("Content-Type", type));
        }
        for (int i = 0; i < headers.length; i += 2) {
            all.add(new Header(headers[i], headers[i + 1]));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponseData res = new HttpResponseData("HTTP/1.1", status, "", all, bytes, false);
        Page page = new Page(CrawlRequest.get("http://h/x"), status, type, bytes, StandardCharsets.UTF_8);

        assertEquals(kind, detector.inspect(page, res).map(Challenge::kind).orElse("none"));
    }

    @Test
    void aGbkCaptchaPageIsRecognisedOnceDecoded() {
        Charset gbk = Charset.forName("GB18030");
        byte[] bytes = "<p>请输入验证码</p><input name='yzm'>".getBytes(gbk);
        HttpResponseData res = new HttpResponseData("HTTP/1.1", 200, "", List.of(), bytes, false);

        assertEquals("captcha-page", detector.inspect(new Page(CrawlRequest.get("http://h/"), 200, "text/html", bytes, gbk),
                res).map(Challenge::kind).orElse("none"));
    }

    @Test
    void defenceEndpointsAreChallengesWithoutAnyRequest() {
        assertEquals("captcha-endpoint",
                detector.endpoint("http://h/private-api/verify/getVerify?t=1").map(Challenge::kind).orElse("none"));
        assertEquals("none", detector.endpoint("http://h/index.html").map(Challenge::kind).orElse("none"));
    }
}
