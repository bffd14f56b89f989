package org.civcred.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

class WarcStoreRotationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T07:59:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void aSmallSizeLimitSpreadsWholeGroupsOverSeveralFilesEachOpeningWithWarcinfo() throws IOException {
        List<CaptureRef> refs = new ArrayList<>();
        List<String> files;
        try (WarcStore store = WarcStore.open(Fetches.options(tmp.toString(), 2_000), CLOCK)) {
            for (int i = 0; i < 12; i++) {
                refs.add(store.write(Fetches.ok("http://h.test/p" + i, "<p>" + "x".repeat(50 * i) + "</p>")));
            }
            files = store.files();
        }
        assertTrue(files.size() >= 3, "rotated into " + files.size() + " files");
        int groupsSeen = 0;
        for (String file : files) {
            List<String> types = new ArrayList<>();
            try (WarcReader reader = new WarcReader(Path.of(URI.create(file)))) {
                for (WarcRecord record : reader) {
                    types.add(record.type());
                }
            }
            assertEquals("warcinfo", types.get(0), file);
            List<String> groups = types.subList(1, types.size());
            assertEquals(0, groups.size() % 3, "only whole groups in " + file + ": " + types);
            for (int g = 0; g < groups.size(); g += 3) {
                assertEquals(List.of("request", "response", "metadata"), groups.subList(g, g + 3));
            }
            groupsSeen += groups.size() / 3;
        }
        assertEquals(12, groupsSeen);
        assertEquals(files.get(files.size() - 1), refs.get(11).warcFile());
    }

    @Test
    void filesAreNumberedInSequenceAndANewSessionNeverReusesAName() throws IOException {
        List<String> names = new ArrayList<>();
        for (int session = 0; session < 2; session++) {
            try (WarcStore store = WarcStore.open(Fetches.options(tmp.toString(), 600), CLOCK)) {
                store.write(Fetches.ok("http://h.test/a", "a"));
                store.write(Fetches.ok("http://h.test/b", "b"));
                store.files().forEach(f -> names.add(f.substring(f.lastIndexOf('/') + 1)));
            }
        }
        assertEquals(List.of(
                "CIVCRED-c1-20240301075900000-00000.warc.gz",
                "CIVCRED-c1-20240301075900000-00001.warc.gz",
                "CIVCRED-c1-20240301075900000-00002.warc.gz",
                "CIVCRED-c1-20240301075900000-00003.warc.gz"), names);
    }

    @Test
    void concurrentWritersNeverInterleaveTheirGroups() throws Exception {
        List<String> files;
        try (WarcStore store = WarcStore.open(Fetches.options(tmp.toString(), 20_000), CLOCK)) {
            List<Thread> writers = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.add(new Thread(() -> {
                    try {
                        for (int i = 0; i < 50; i++) {
                            store.write(Fetches.ok("http://h.test/t" + thread + "/" + i, "body " + i));
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.add(e);
                    }
                }));
            }
            writers.forEach(Thread::start);
            for (Thread writer : writers) {
                writer.join();
            }
            assertEquals(List.of(), failures);
            files = store.files();
        }
        int groups = 0;
        for (String file : files) {
            String pendingTarget = null;
            try (WarcReader reader = new WarcReader(Path.of(URI.create(file)))) {
                for (WarcRecord record : reader) {
                    if (record.type().equals("request")) {
                        pendingTarget = ((org.netpreserve.jwarc.WarcTargetRecord) record).target();
                    } else if (record.type().equals("metadata")) {
                        assertEquals(pendingTarget, ((org.netpreserve.jwarc.WarcTargetRecord) record).target());
                        groups++;
                    }
                }
            }
        }
        assertEquals(200, groups);
    }
}
