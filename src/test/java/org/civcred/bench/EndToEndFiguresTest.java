package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndFiguresTest {

    @Test
    void theGcLogGivesThePeakHeapBeforeAndAfterCollectionAndThePeakCommitted() {
        GcLogPeak peak = GcLogPeak.parse(Stream.of(
                "[0.512s][info][gc] Using G1",
                "[1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 4.210ms",
                "[9.871s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 1200M->700M(2048M) 31.002ms",
                "[12.01s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 900M->650M(1G) 120.4ms"));
        assertEquals(3, peak.collections());
        assertEquals(1200L << 20, peak.peakUsedBytes());
        assertEquals(700L << 20, peak.peakLiveBytes());
        assertEquals(2048L << 20, peak.peakCommittedBytes());
    }

    @Test
    void theKernelsHighWaterMarkIsReadInBytesAndAGoneProcessCountsAsZero(@TempDir Path dir) throws Exception {
        Path status = dir.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  2048 kB\nVmRSS:\t 1024 kB\n");
        assertEquals(2048L * 1024, ChildRun.highWaterMark(status));
        assertEquals(0, ChildRun.highWaterMark(dir.resolve("gone")));
    }

    @Test
    void scalingKeepsTheLatestResultPerSizeAndComparesCostPerPageOfTheLargestWithTheSmallest(@TempDir Path dir) throws Exception {
        write(dir, "e2e-20261122T100000Z.json", 10_000, 2.0, 12.0);
        write(dir, "e2e-20261122T110000Z.json", 10_000, 1.5, 9.0);
        write(dir, "e2e-20261122T120000Z.json", 100_000, 16.5, 9.9);
        Files.writeString(dir.resolve("dedupe-20261122T120000Z.json"), "{}");
        List<ScalingPoints.Point> points = ScalingPoints.read(dir);
        assertEquals(List.of(10_000L, 100_000L), points.stream().map(ScalingPoints.Point::pages).toList());
        assertEquals(9.0, points.get(0).secondsPer1000Pages());
        assertEquals(1.1, ScalingPoints.flatness(points).getAsDouble(), 1e-9);
    }

    @Test
    void flatnessComparesTheLargestSizeWithTheLargestOneATenthOfItOrSmaller(@TempDir Path dir) throws Exception {
        write(dir, "e2e-20261122T100000Z.json", 10_000, 4.0, 24.0);
        write(dir, "e2e-20261122T110000Z.json", 100_000, 10.0, 6.0);
        write(dir, "e2e-20261122T120000Z.json", 300_000, 20.0, 4.0);
        write(dir, "e2e-20261122T130000Z.json", 1_000_000, 30.0, 1.8);
        List<ScalingPoints.Point> points = ScalingPoints.read(dir);
        assertEquals(100_000L, ScalingPoints.base(points).orElseThrow().pages());
        assertEquals(0.3, ScalingPoints.flatness(points).getAsDouble(), 1e-9);
        assertTrue(ScalingPoints.flatness(points.subList(0, 1)).isEmpty(), "one size has nothing to compare with");
    }

    private static void write(Path dir, String name, long pages, double minutes, double perThousand) throws Exception {
        Files.writeString(dir.resolve(name), "{\"benchmark\":\"e2e\",\"started\":\"" + name.substring(4, 20)
                + "\",\"parameters\":{\"pages\":" + pages + "},\"figures\":{\"pipeline_wall_minutes\":" + minutes
                + ",\"seconds_per_1000_pages\":" + perThousand + "}}");
    }
}
