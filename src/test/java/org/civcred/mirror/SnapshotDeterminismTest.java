package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDeterminismTest {

    @Test
    void twoBuildsWithTheSameSeedGiveIdenticalBytes() {
        MirrorSnapshot a = MirrorSnapshot.build(20261122L);
        MirrorSnapshot b = MirrorSnapshot.build(20261122L);
        List<MirrorResource> ra = a.resources();
        List<MirrorResource> rb = b.resources();
        assertEquals(ra.size(), rb.size());
        for (int i = 0; i < ra.size(); i++) {
            assertEquals(ra.get(i).url(), rb.get(i).url());
            assertArrayEquals(ra.get(i).body(), rb.get(i).body(), ra.get(i).url());
        }
        assertArrayEquals(a.groundTruthJson(), b.groundTruthJson());
        assertArrayEquals(a.groundTruthJson(), MirrorSnapshot.standard().groundTruthJson(), "the standard snapshot uses the same seed");
    }

    @Test
    void exportWritesEveryResourceTheManifestAndTheGroundTruth(@TempDir Path dir) throws IOException {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        snapshot.exportTo(dir);
        assertArrayEquals(snapshot.groundTruthJson(), Files.readAllBytes(dir.resolve("ground-truth.json")));
        List<String> manifest = Files.readAllLines(dir.resolve("resources.tsv"));
        assertEquals(snapshot.resources().size() + 1, manifest.size());
        MirrorResource xjrw = snapshot.resources().stream().filter(r -> r.target().equals("/wmsjk/xjrw/index.shtml")).findFirst().orElseThrow();
        assertArrayEquals(xjrw.body(), Files.readAllBytes(dir.resolve("www.wenming.cn/wmsjk/xjrw/index.shtml")));
        try (var files = Files.walk(dir)) {
            assertEquals(snapshot.resources().size() + 2, files.filter(Files::isRegularFile).count(), "no two resources share a file");
        }
        assertTrue(manifest.stream().anyMatch(l -> l.startsWith("POST\thttp://credit.fzgg.tj.gov.cn/xygs/datalist.do\tpageNo=1")));
    }
}
