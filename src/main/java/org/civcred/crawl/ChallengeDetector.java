package org.civcred.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civcred.model.Header;
import org.civcred.model.LinkKind;
import org.civcred.site.Page;
import org.civcred.storage.HttpResponseData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises the anti-bot defences of the credit sites, so that they are recorded and the host
 * backs off, never solved or evaded:
 * <ul>
 *   <li>HTTP 412 with any body (the {@code $_ts} JavaScript challenge);</li>
 *   <li>307, 302 or 521 whose Set-Cookie, Location or body mentions {@code __jsl_clearance};</li>
 *   <li>HTTP 200 JSON whose top-level {@code status} is 40001 (请刷新后重试);</li>
 *   <li>a captcha page: the text says 验证码 and it has a captcha image (a known defence endpoint
 *       or a src mentioning captcha/verify) or a code input named yzm, verifyCode or captcha;</li>
 *   <li>a URL the rules name as a defence endpoint, which is never fetched at all.</li>
 * </ul>
 */
final class ChallengeDetector {

    private static final String JSL = "__jsl_clearance";
    private static final Set<Integer> JSL_STATUSES = Set.of(302, 307, 521);
    private static final Pattern CAPTCHA_SRC = Pattern.compile("(?i)captcha|verify|yzm|checkcode|validatecode");
    private static final Set<String> CAPTCHA_INPUTS = Set.of("yzm", "verifycode", "captcha");
    private static final int JSON_SCAN_LIMIT = 1 << 20;

    private final CrawlRules rules;
    private final ObjectMapper json = new ObjectMapper();

    ChallengeDetector(CrawlRules rules) {
        this.rules = rules;
    }

    /** A defence endpoint (captcha image, verify API): recorded as a challenge, never requested. */
    Optional<Challenge> endpoint(String url) {
        return rules.isDefenceEndpoint(url)
                ? Optional.of(new Challenge(Challenge.CAPTCHA_ENDPOINT, "defence endpoint, never fetched"))
                : Optional.empty();
    }

    /** The challenge this response is, if any. */
    Optional<Challenge> inspect(Page page, HttpResponseData response) {
        int status = response.status();
        if (status == 412) {
            boolean ts = page.text().contains("$_ts");
            return Optional.of(new Challenge(Challenge.HTTP_412,
                    "HTTP 412 JavaScript challenge" + (ts ? " ($_ts)" : "")));
        }
        if (JSL_STATUSES.contains(status) && mentionsJsl(page, response)) {
            return Optional.of(new Challenge(Challenge.JSL_CLEARANCE, "HTTP " + status + " setting " + JSL));
        }
        if (status == 200 && page.isJson() && hasStatus40001(page.body())) {
            return Optional.of(new Challenge(Challenge.STATUS_40001, "JSON status 40001 (refresh and retry)"));
        }
        if (status == 200 && isCaptchaPage(page)) {
            return Optional.of(new Challenge(Challenge.CAPTCHA_PAGE, "page asks for a 验证码"));
        }
        return Optional.empty();
    }

    private static boolean mentionsJsl(Page page, HttpResponseData response) {
        for (Header h : response.headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if ((name.equals("set-cookie") || name.equals("location")) && h.value().contains(JSL)) {
                return true;
            }
        }
        return page.text().contains(JSL);
    }

    private boolean hasStatus40001(byte[] body) {
        if (body.length > JSON_SCAN_LIMIT) {
            return false;
        }
        try {
            JsonNode status = json.readTree(body).get("status");
            return status != null && status.asText().trim().equals("40001");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A page whose main content is a captcha form. Sites also put captcha widgets (a search box)
     * on ordinary pages, so captcha signals count only when the profile finds none of the content
     * it expects on the page (no detail, pagination or API links).
     */
    private boolean isCaptchaPage(Page page) {
        String text = page.text();
        if (!text.contains("验证码") || !hasCaptchaWidget(page, text)) {
            return false;
        }
        return rules.links(page).stream().allMatch(l -> l.kind() == LinkKind.NAVIGATION);
    }

    private boolean hasCaptchaWidget(Page page, String text) {
        Document doc = Jsoup.parse(text, page.url());
        for (Element img : doc.select("img[src]")) {
            String src = img.absUrl("src").isEmpty() ? img.attr("src") : img.absUrl("src");
            if (rules.isDefenceEndpoint(src) || CAPTCHA_SRC.matcher(src).find()) {
                return true;
            }
        }
        for (Element input : doc.select("input[name]")) {
            if (CAPTCHA_INPUTS.contains(input.attr("name").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
