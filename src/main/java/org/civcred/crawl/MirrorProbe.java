package org.civcred.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a configured proxy whether it is a civcred offline mirror. The question goes to the
 * proxy's own address, not through it, so an ordinary forward proxy simply answers 404 (or
 * nothing) and the crawl stays in live mode with live delays.
 */
final class MirrorProbe {

    static final String ENDPOINT = "/__civcred/mirror";
    private static final Logger LOG = LoggerFactory.getLogger(MirrorProbe.class);

    private MirrorProbe() {
    }

    /** The mirror's snapshot version, or empty when {@code proxy} is not a civcred mirror. */
    static Optional<String> probe(ProxyAddress proxy, String userAgent, Duration timeout) {
        String url = "http://" + proxy.authority() + ENDPOINT;
        try {
            Connection.Response res = Jsoup.connect(url).ignoreContentType(true).ignoreHttpErrors(true)
                    .followRedirects(false).userAgent(userAgent).timeout((int) timeout.toMillis())
                    .maxBodySize(1 << 20).execute();
            if (res.statusCode() != 200) {
                LOG.info("Proxy {} answered {} to {}: not an offline mirror", proxy.authority(), res.statusCode(), ENDPOINT);
                return Optional.empty();
            }
            JsonNode json = new ObjectMapper().readTree(res.bodyAsBytes());
            JsonNode version = json == null ? null : json.get("civcred-mirror");
            return version == null ? Optional.empty() : Optional.of(version.asText());
        } catch (IOException | RuntimeException e) {
            LOG.info("Proxy {} did not answer {} as a mirror ({}): live mode", proxy.authority(), ENDPOINT, e.toString());
            return Optional.empty();
        }
    }
}
