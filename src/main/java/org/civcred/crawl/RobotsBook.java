package org.civcred.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civcred.storage.HttpResponseData;

/**
 * robots.txt per host, parsed by crawler-commons for the agent {@code civcred}.
 *
 * <p>2xx → the file's rules (and its Crawl-delay); 3xx or 4xx → no robots.txt, everything
 * allowed; 5xx or no answer → the host is unavailable for this run (nothing is sent to it; its
 * queue waits for a later run). A resumed crawl reuses the robots.txt its WARC files already
 * hold, unless that copy is older than {@code crawl.robots.cache-ttl} or was a server error.
 */
final class RobotsBook {

    static final String AGENT = "civcred";

    /** What one host's robots.txt decided. */
    record HostRobots(BaseRobotRules rules, Duration crawlDelay, boolean unavailable, String why) {

        boolean allows(String url) {
            return !unavailable && rules.isAllowed(url);
        }
    }

    private final Map<String, HostRobots> known = new ConcurrentHashMap<>();
    private final Map<String, HttpResponseData> archived;
    private final Clock clock;
    private final Duration ttl;

    /** @param archived host → robots.txt responses a previous run of this crawl archived */
    RobotsBook(Map<String, HttpResponseData> archived, Clock clock, Duration ttl) {
        this.archived = archived;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The rules for the host of {@code url}, if known or reusable from the archive. */
    Optional<HostRobots> lookup(String url) {
        String hostKey = Urls.hostKey(url);
        HostRobots rules = known.get(hostKey);
        if (rules != null) {
            return Optional.of(rules);
        }
        for (String key : List.of(hostKey, Urls.authority(url), Urls.host(url))) {
            HttpResponseData old = archived.get(key);
            if (old != null && old.status() < 500 && fresh(old)) {
                return Optional.of(learn(url, old));
            }
        }
        return Optional.empty();
    }

    /** Records and returns the rules a fetched robots.txt gives for the host of {@code url}. */
    HostRobots learn(String url, HttpResponseData response) {
        HostRobots rules = parse(Urls.robotsUrl(url), response);
        known.put(Urls.hostKey(url), rules);
        return rules;
    }

    /** The host's robots.txt could not be fetched at all: deny everything this run. */
    HostRobots unreachable(String url, String why) {
        HostRobots rules = new HostRobots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                null, true, "robots.txt unreachable: " + why);
        known.put(Urls.hostKey(url), rules);
        return rules;
    }

    static HostRobots parse(String robotsUrl, HttpResponseData response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(robotsUrl, response.body(),
                    response.header("Content-Type").orElse("text/plain"), List.of(AGENT));
            long delay = rules.getCrawlDelay();
            return new HostRobots(rules, delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? null
                    : Duration.ofMillis(delay), false, "robots.txt " + status);
        }
        if (status < 500) {
            return new HostRobots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null, false,
                    "robots.txt answered " + status + ": everything allowed");
        }
        return new HostRobots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), null, true,
                "robots.txt answered " + status + ": host unavailable this run");
    }

    private boolean fresh(HttpResponseData old) {
        Optional<String> date = old.header("Date");
        if (date.isEmpty()) {
            return true;
        }
        try {
            Instant served = ZonedDateTime.parse(date.get().trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Duration.between(served, clock.instant()).compareTo(ttl) <= 0;
        } catch (DateTimeParseException e) {
            return true;
        }
    }
}
