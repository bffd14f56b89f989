package org.civcred.storage;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civcred.model.FetchOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds up complete record groups into a {@link RecoveredCrawl}. Groups arrive in archive order
 * (files by name, records by offset), so a later group overrides an earlier one: the latest
 * robots.txt of a host wins, and a request's terminal outcome is the last one recorded.
 */
final class RecoveryTally {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryTally.class);

    private final Map<String, FetchOutcome> terminal = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private final Map<String, HttpResponseData> robots = new HashMap<>();
    private long groups;

    /**
     * Counts one complete group.
     *
     * @param fields   the closing metadata record's fields
     * @param response the group's response, or null when it had none
     * @param target   the metadata record's WARC-Target-URI
     */
    void addGroup(Map<String, String> fields, HttpResponseData response, String target) {
        groups++;
        String key = fields.get(MetadataFields.REQUEST_KEY);
        if (key == null || key.isEmpty()) {
            LOG.debug("Metadata record for {} names no request key; counted but not tracked", target);
            return;
        }
        attempts.merge(key, parseAttempt(fields.get(MetadataFields.ATTEMPT)), Math::max);
        if ("true".equals(fields.get(MetadataFields.FINAL))) {
            try {
                terminal.put(key, FetchOutcome.fromId(fields.get(MetadataFields.OUTCOME)));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring unknown outcome '{}' recorded for {}", fields.get(MetadataFields.OUTCOME), key);
            }
        }
        if (response != null && "robots".equals(fields.get(MetadataFields.PURPOSE))) {
            String host = hostKey(target);
            if (host != null) {
                robots.put(host, response);
            }
        }
    }

    RecoveredCrawl result(List<String> repairedFiles) {
        return new RecoveredCrawl(Map.copyOf(terminal), Map.copyOf(attempts), Map.copyOf(robots), groups,
                List.copyOf(repairedFiles));
    }

    long groups() {
        return groups;
    }

    /**
     * The robots map key for a URL: the lower-case host, with {@code :port} only when the URL
     * names a port explicitly (robots.txt rules apply per authority).
     */
    static String hostKey(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parseAttempt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
