package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.List;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Header;

/**
 * A servable response of the snapshot with what the ground truth needs to know about it.
 *
 * @param links        requests a correct extractor finds on the page (all of them, any host)
 * @param defenceLinks captcha or verify endpoints the page references (never to be fetched)
 * @param challenge    the challenge kind this response is, or null
 * @param lastModified page date for Last-Modified/ETag (HTML only), or null
 * @param text         visible article text scanned for cross-mentions, or null for non-articles
 */
public record SitePage(Host host, CrawlRequest request, int status, String contentType, byte[] body,
                       List<Header> headers, List<CrawlRequest> links, List<String> defenceLinks,
                       String challenge, LocalDate lastModified, String text) {

    public static SitePage html(Host host, CrawlRequest request, String html, List<CrawlRequest> links,
                                LocalDate date, String text) {
        return new SitePage(host, request, 200, host.htmlType(), html.getBytes(host.charset()), List.of(),
                List.copyOf(links), List.of(), null, date, text);
    }

    public static SitePage json(Host host, CrawlRequest request, String json, List<CrawlRequest> links) {
        return new SitePage(host, request, 200, host.htmlType(), json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                List.of(), List.copyOf(links), List.of(), null, null, null);
    }

    public SitePage withDefenceLinks(List<String> urls) {
        return new SitePage(host, request, status, contentType, body, headers, links, List.copyOf(urls), challenge,
                lastModified, text);
    }

    public SitePage asChallenge(String kind) {
        return new SitePage(host, request, status, contentType, body, headers, links, defenceLinks, kind, lastModified, text);
    }
}
