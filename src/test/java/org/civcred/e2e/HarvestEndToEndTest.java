package org.civcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.civcred.crawl.CrawlResult;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.HarvestCheck;
import org.civcred.mirror.LoggedRequest;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.WarcRecovery;
import org.civcred.testing.ChildJvm;
import org.civcred.testing.WarcContents;
import org.civcred.text.CharsetSniffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;

/**
 * The whole harvest against the offline mirror on port 0: the real profiles, the real crawler,
 * real HTTP through the mirror's proxy, real WARC files read back with jwarc. What was requested is
 * taken from the mirror's own log; what was captured from the WARC files.
 */
class HarvestEndToEndTest {

    private static final Duration DELAY = Duration.ofMillis(40);

    @TempDir
    static Path data;

    private static MirrorServer mirror;
    private static GroundTruth truth;
    private static CrawlResult result;
    private static List<LoggedRequest> log;
    private static WarcContents warc;

    @BeforeAll
    static void crawlTheWholeMirror() throws Exception {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        truth = snapshot.groundTruth();
        mirror = MirrorServer.start(snapshot, "127.0.0.1", 0);
        result = MirrorCrawls.crawlAll(mirror, data, "e2e", DELAY);
        log = mirror.requests();
        warc = WarcContents.read(Path.of(result.crawlDir().replaceFirst("^file:", "")));
    }

    @AfterAll
    static void stopTheMirror() {
        mirror.close();
    }

    @Test
    void everyReachableAllowedPageIsCapturedAndNothingForbiddenIsRequested() throws Exception {
        HarvestCheck check = HarvestCheck.of(truth, WarcRecovery.recover(result.crawlDir(), null).terminal(), log);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        check.print(new PrintStream(report, true, StandardCharsets.UTF_8));
        assertTrue(check.passed(), report.toString(StandardCharsets.UTF_8));
        assertTrue(check.expected() >= 400, "the mirror should offer at least 400 pages, has " + check.expected());
    }

    @Test
    void eachExpectedPageHasExactlyOneFinalRecordAndOneResponse() {
        Map<String, List<WarcContents.Outcome>> terminal = warc.terminalByKey();
        for (String key : truth.crawl().expectedCaptures()) {
            List<WarcContents.Outcome> records = terminal.get(key);
            assertNotNull(records, "no final record for " + key);
            assertEquals(1, records.size(), "final records for " + key);
            assertEquals("ok", records.get(0).outcome(), key);
            WarcContents.Capture capture = warc.captureOf(records.get(0));
            assertNotNull(capture, "no response record for " + key);
            assertTrue(capture.status() >= 200 && capture.status() < 300, key + " " + capture.status());
        }
    }

    @Test
    void theServerSawExactlyTheExpectedPagesTheChallengesAndOneRobotsTxtPerHost() {
        java.util.Set<String> expected = new java.util.TreeSet<>(truth.crawl().expectedCaptures());
        truth.crawl().challenges().forEach(c -> expected.add(c.request()));
        truth.hosts().forEach(h -> expected.add(CrawlRequest.get("http://" + h + "/robots.txt").key()));
        List<String> requested = log.stream().filter(r -> !r.url().contains("/__civcred/")).map(HarvestCheck::keyOf).toList();
        assertEquals(expected, new java.util.TreeSet<>(requested));
        assertEquals(expected.size(), requested.size(), "no request was sent twice");
    }

    @Test
    void noRobotsDisallowedUrlOrDefenceEndpointEverReachesTheServer() {
        List<String> requested = log.stream().map(HarvestCheck::keyOf).toList();
        assertFalse(truth.crawl().robotsDisallowed().isEmpty(), "the mirror plants disallowed links");
        for (String key : truth.crawl().robotsDisallowed()) {
            assertFalse(requested.contains(key), "requested although robots.txt disallows it: " + key);
        }
        for (String url : truth.crawl().defenceEndpoints()) {
            assertFalse(requested.contains(CrawlRequest.get(url).key()), "requested a defence endpoint: " + url);
        }
    }

    @Test
    void challengesAreArchivedAsChallengesWithTheirKind() {
        Map<String, List<WarcContents.Outcome>> terminal = warc.terminalByKey();
        assertTrue(truth.crawl().challenges().size() >= 4);
        for (GroundTruth.Challenge c : truth.crawl().challenges()) {
            WarcContents.Outcome o = terminal.get(c.request()).get(0);
            assertEquals(FetchOutcome.CHALLENGE.id(), o.outcome(), c.request());
            assertEquals(c.kind(), o.fields().get("civcred-challenge-kind"), c.request());
            assertNotNull(warc.captureOf(o), "the challenge response itself is archived: " + c.request());
        }
    }

    @Test
    void everyPayloadDigestMatchesAndEveryFileOpensWithWarcinfo() {
        assertTrue(warc.digestMismatches.isEmpty(), warc.digestMismatches.toString());
        assertEquals(warc.files, warc.warcinfoFiles.size());
        assertTrue(warc.captures.size() >= truth.crawl().expectedCaptures().size());
    }

    @Test
    void jwarcsOwnValidatorAcceptsEveryFile() throws Exception {
        Path out = data.resolve("validate.log");
        List<String> files = new ArrayList<>(result.warcFiles().stream().map(f -> f.replaceFirst("^file:", "")).toList());
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(files);
        Process p = ChildJvm.start(org.netpreserve.jwarc.tools.WarcTool.class, out, args.toArray(String[]::new));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(out));
    }

    @Test
    void gbkPagesAreStoredVerbatimAndDecodeToTheirNames() throws CharacterCodingException {
        assertFalse(truth.gbkSamples().isEmpty());
        for (GroundTruth.GbkSample sample : truth.gbkSamples()) {
            WarcContents.Capture capture = warc.captures.stream()
                    .filter(c -> c.type().equals("response") && c.targetUri().equals(sample.url()))
                    .findFirst().orElseThrow(() -> new AssertionError("not captured: " + sample.url()));
            assertFalse(isUtf8(capture.payload()), "GBK bytes must not have been re-encoded: " + sample.url());
            String text = CharsetSniffer.decode(capture.payload(), capture.contentType());
            assertTrue(text.contains(sample.contains()), sample.url() + " should contain " + sample.contains());
        }
    }

    @Test
    void eachHostIsAskedAtMostOnceEveryDelay() {
        Map<String, List<Long>> times = new TreeMap<>();
        for (LoggedRequest r : log) {
            times.computeIfAbsent(java.net.URI.create(r.url()).getHost(), h -> new ArrayList<>())
                    .add(r.time().toEpochMilli());
        }
        long tolerance = 5;
        times.forEach((host, t) -> {
            t.sort(null);
            for (int i = 1; i < t.size(); i++) {
                long gap = t.get(i) - t.get(i - 1);
                assertTrue(gap >= DELAY.toMillis() - tolerance, host + ": two requests " + gap + " ms apart");
            }
        });
    }

    @Test
    void crawlStatisticsLieNextToTheWarcFiles() throws Exception {
        Path stats = Path.of(result.statsFile().replaceFirst("^file:", ""));
        assertEquals(Path.of(result.crawlDir().replaceFirst("^file:", "")), stats.getParent());
        JsonNode json = new ObjectMapper().readTree(stats.toFile());
        assertNotNull(json.get("hosts"), json.toString());
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @SuppressWarnings("unused")
    private static long responses(Path file) throws Exception {
        try (WarcReader reader = new WarcReader(file)) {
            return reader.records().filter(r -> r.type().equals("response")).count();
        }
    }
}
