package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.model.CrawlRequest;
import org.civcred.site.extract.Urls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The profiles against the offline mirror's ground truth: seeds, scope, and the crawl they imply. */
class MirrorCrawlTest {

    private static final SiteRegistry REGISTRY = SiteRegistry.load(Path.of("crawler"));
    private static GroundTruth.Crawl truth;
    private static MirrorWalk.Result walk;

    @BeforeAll
    static void walkTheMirror() {
        MirrorSnapshot mirror = MirrorSnapshot.standard();
        truth = mirror.groundTruth().crawl();
        walk = MirrorWalk.walk(REGISTRY, mirror);
    }

    @Test
    void theProfilesSeedsAreTheGroundTruthsSeeds() {
        List<String> seeds = new ArrayList<>();
        REGISTRY.profiles().forEach(p -> p.seeds().forEach(s -> seeds.add(s.key())));
        assertEquals(new TreeSet<>(truth.seeds()), new TreeSet<>(seeds));
        assertEquals(truth.seeds().size(), seeds.size(), "no seed twice");
    }

    @Test
    void everyExpectedCaptureIsInScopeOnAnAllowlistedHost() {
        for (String key : truth.expectedCaptures()) {
            CrawlRequest request = request(key);
            assertTrue(REGISTRY.allowsHost(Urls.host(request.url())), "allowlisted host: " + key);
            SiteProfile profile = REGISTRY.forUrl(request.url()).orElseThrow();
            assertTrue(profile.inScope(request), "in scope of " + profile.id() + ": " + key);
            assertTrue(REGISTRY.familyOf(request.url()).isPresent(), "has a family: " + key);
        }
    }

    @Test
    void followingTheProfilesLinksFromTheSeedsReachesExactlyTheExpectedCaptures() {
        assertEquals(Set.of(), walk.missingFromMirror(), "links to requests the mirror does not serve");
        assertEquals(new TreeSet<>(truth.expectedCaptures()), new TreeSet<>(walk.captured()));
    }

    @Test
    void theWalkMeetsExactlyTheRobotsDisallowedLinksAndTheChallenges() {
        assertEquals(new TreeSet<>(truth.robotsDisallowed()), new TreeSet<>(walk.robotsDisallowed()));
        Set<String> challenges = new TreeSet<>();
        truth.challenges().forEach(c -> challenges.add(c.request()));
        assertEquals(challenges, new TreeSet<>(walk.challenges()));
    }

    @Test
    void noDefenceEndpointIsEverQueued() {
        for (String url : truth.defenceEndpoints()) {
            assertTrue(walk.depth().keySet().stream().noneMatch(k -> k.contains(url)), url);
            assertTrue(REGISTRY.profiles().stream().anyMatch(p -> p.isDefenceEndpoint(url)), "listed: " + url);
        }
    }

    @Test
    void everyCaptureLiesWithinItsProfilesMaxDepth() {
        walk.captured().forEach(key -> {
            SiteProfile profile = REGISTRY.forUrl(request(key).url()).orElseThrow();
            assertTrue(walk.depth().get(key) <= profile.maxDepth(), key + " at depth " + walk.depth().get(key)
                    + " beyond " + profile.id() + " max-depth " + profile.maxDepth());
        });
    }

    static CrawlRequest request(String key) {
        String[] parts = key.split(" ", 3);
        return new CrawlRequest(parts[0], parts[1], parts.length > 2 ? parts[2] : "");
    }
}
