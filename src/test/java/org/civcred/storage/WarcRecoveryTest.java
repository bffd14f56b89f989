package org.civcred.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.model.FetchOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

class WarcRecoveryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T07:59:00Z"), ZoneOffset.UTC);
    private static final Set<String> COMPLETE_KEYS = Set.of(
            "GET http://a.test/robots.txt", "GET http://b.test:8080/robots.txt", "GET http://a.test/1",
            "GET http://a.test/2", "GET http://a.test/private");

    @TempDir
    Path tmp;

    private Path dir;
    private Path warc;
    private CaptureRef lastGroup;

    @BeforeEach
    void writeACrawl() throws IOException {
        dir = tmp.resolve("raw/c1");
        try (WarcStore store = WarcStore.open(Fetches.options(dir.toString(), 1L << 30), CLOCK)) {
            store.write(Fetches.robots("a.test", "User-agent: *\nDisallow: /old/\n"));
            store.write(Fetches.robots("b.test:8080", "User-agent: *\nDisallow: /\n"));
            store.write(Fetches.ok("http://a.test/1", "one"));
            store.write(Fetches.retry("http://a.test/2", 1));
            store.write(Fetches.retry("http://a.test/2", 2));
            store.write(Fetches.ok("http://a.test/2", "two", 3));
            store.write(Fetches.retry("http://a.test/3", 1));
            store.write(Fetches.notFetched("http://a.test/private", FetchOutcome.ROBOTS_DISALLOWED, "Disallow: /private"));
            store.write(Fetches.robots("a.test", "User-agent: *\nDisallow: /new/\n"));
            lastGroup = store.write(Fetches.ok("http://a.test/last", "the last page"));
            warc = Path.of(URI.create(store.files().get(0)));
        }
    }

    @Test
    void aHealthyDirectoryIsReadBackAndLeftUntouched() throws IOException {
        byte[] before = Files.readAllBytes(warc);
        RecoveredCrawl crawl = WarcRecovery.recover(dir.toString(), null);
        assertArrayEquals(before, Files.readAllBytes(warc));
        assertEquals(List.of(), crawl.repairedFiles());
        assertEquals(10, crawl.groups());
        Set<String> expected = new java.util.HashSet<>(COMPLETE_KEYS);
        expected.add("GET http://a.test/last");
        assertEquals(expected, crawl.terminal().keySet());
        assertEquals(FetchOutcome.ROBOTS_DISALLOWED, crawl.terminal().get("GET http://a.test/private"));
        assertEquals(FetchOutcome.OK, crawl.terminal().get("GET http://a.test/2"));
    }

    @Test
    void attemptsAreTheHighestSeenForEveryRequestFinishedOrNot() throws IOException {
        Map<String, Integer> attempts = WarcRecovery.recover(dir.toString(), null).attempts();
        assertEquals(3, attempts.get("GET http://a.test/2"));
        assertEquals(1, attempts.get("GET http://a.test/3"));
        assertFalse(WarcRecovery.recover(dir.toString(), null).terminal().containsKey("GET http://a.test/3"));
    }

    @Test
    void theLatestRobotsResponseOfEachHostIsRecovered() throws IOException {
        Map<String, HttpResponseData> robots = WarcRecovery.recover("file://" + dir, null).robots();
        assertEquals(Set.of("a.test", "b.test:8080"), robots.keySet());
        HttpResponseData a = robots.get("a.test");
        assertEquals(200, a.status());
        assertEquals("text/plain", a.header("Content-Type").orElseThrow());
        assertEquals("User-agent: *\nDisallow: /new/\n", new String(a.body(), StandardCharsets.UTF_8));
    }

    @Test
    void garbageAppendedToAFileIsCutOff() throws IOException {
        long healthyLength = Files.size(warc);
        Files.write(warc, "this is not gzip at all".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        RecoveredCrawl crawl = WarcRecovery.recover(dir.toString(), null);

        assertEquals(List.of(qualified(warc)), crawl.repairedFiles());
        assertEquals(healthyLength, Files.size(warc));
        assertEquals(10, crawl.groups());
        assertReadsToTheEndEndingWith("metadata");
    }

    @Test
    void aGroupCutInHalfIsDroppedAndTheRestKept() throws IOException {
        truncate(warc, lastGroup.offset() + lastGroup.length() / 2);

        RecoveredCrawl crawl = WarcRecovery.recover(dir.toString(), null);

        assertEquals(List.of(qualified(warc)), crawl.repairedFiles());
        assertEquals(COMPLETE_KEYS, crawl.terminal().keySet());
        assertEquals(9, crawl.groups());
        assertEquals(3, crawl.attempts().get("GET http://a.test/2"));
        assertEquals("User-agent: *\nDisallow: /new/\n",
                new String(crawl.robots().get("a.test").body(), StandardCharsets.UTF_8));
        assertReadsToTheEndEndingWith("metadata");
        assertEquals(9, WarcRecovery.recover(dir.toString(), null).groups(), "a second recovery changes nothing");
        assertEquals(List.of(), WarcRecovery.recover(dir.toString(), null).repairedFiles());
    }

    @Test
    void aGroupWhoseMetadataRecordNeverArrivedIsDropped() throws IOException {
        truncate(warc, lastGroup.offset() + lastGroup.length());

        RecoveredCrawl crawl = WarcRecovery.recover(dir.toString(), null);

        assertEquals(COMPLETE_KEYS, crawl.terminal().keySet());
        assertEquals(List.of("warcinfo", "request", "response", "metadata"), types().subList(0, 4));
        assertReadsToTheEndEndingWith("metadata");
        assertTrue(Files.size(warc) < lastGroup.offset(), "the orphaned request record went too");
    }

    @Test
    void aFileCutInsideItsWarcinfoRecordIsRemoved() throws IOException {
        truncate(warc, 20);
        RecoveredCrawl crawl = WarcRecovery.recover(dir.toString(), null);
        assertFalse(Files.exists(warc));
        assertEquals(0, crawl.groups());
        assertEquals(List.of(qualified(warc)), crawl.repairedFiles());
    }

    @Test
    void laterFilesAreStillReadAfterADamagedOne() throws IOException {
        truncate(warc, lastGroup.offset() + 10);
        try (WarcStore store = WarcStore.open(Fetches.options(dir.toString(), 1L << 30), CLOCK)) {
            store.write(Fetches.ok("http://a.test/last", "the last page, again"));
        }
        RecoveredCrawl crawl = WarcRecovery.recover(dir.toString(), null);
        assertEquals(10, crawl.groups());
        assertTrue(crawl.terminal().containsKey("GET http://a.test/last"));
        assertEquals(1, crawl.repairedFiles().size());
    }

    @Test
    void anInterruptedRepairIsFinished() throws IOException {
        Path copy = warc.resolveSibling(warc.getFileName() + WarcRecovery.REPAIR_SUFFIX);
        Files.move(warc, copy);
        RecoveredCrawl crawl = WarcRecovery.recover(dir.toString(), null);
        assertTrue(Files.exists(warc));
        assertFalse(Files.exists(copy));
        assertEquals(10, crawl.groups());
    }

    @Test
    void aMissingOrEmptyDirectoryMeansNothingWasDone() throws IOException {
        assertEquals(RecoveredCrawl.empty(), WarcRecovery.recover(tmp.resolve("nope").toString(), null));
        Files.createDirectories(tmp.resolve("empty"));
        assertEquals(RecoveredCrawl.empty(), WarcRecovery.recover(tmp.resolve("empty").toString(), null));
    }

    private void assertReadsToTheEndEndingWith(String lastType) throws IOException {
        List<String> types = types();
        assertEquals(lastType, types.get(types.size() - 1));
    }

    /** Reads every record and its body with jwarc; any damage left would throw. */
    private List<String> types() throws IOException {
        List<String> types = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord record : reader) {
                record.body().consume();
                types.add(record.type());
            }
        }
        return types;
    }

    private static void truncate(Path file, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }

    private static String qualified(Path file) {
        return "file:" + file.toAbsolutePath();
    }
}
