package org.civcred.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.civcred.tables.TableCatalog;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline submitted with spark-submit to a Spark standalone cluster on loopback (one
 * Master, two one-core Workers, each executor in its own JVM) gives the same tables as the local
 * run of the shared fixture over the same WARC files. This is the path a real cluster takes: the
 * jobs jar shipped to executors, data addressed by URI, nothing shared through the driver's memory.
 * Runs after {@code package} (failsafe), because it needs {@code target/civcred-jobs.jar}.
 */
class StandaloneClusterIT {

    private static final Path JOBS_JAR = Path.of("target/civcred-jobs.jar");
    // Generous: on a busy two-core machine the run takes several times what it takes on an idle one.
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);
    private static final List<String> SILVER = List.of("documents", "list_entries", "doc_clusters", "entities");

    @TempDir
    Path work;

    @Test
    void theWholePipelineOnAStandaloneClusterWritesTheSameRowsAsTheLocalRun() throws IOException {
        assertTrue(Files.isRegularFile(JOBS_JAR), JOBS_JAR + " is missing: run mvn package (or mvn verify) first");
        MirrorPipeline fixture = MirrorPipeline.get();
        Path data = work.resolve("data");
        copyRawAndKey(fixture.data(), data);
        // A Hadoop URI, as a cluster is given one (file:/dir; file:///dir works too, see TablesTest).
        String dataUri = "file:" + data;

        ClusterScript cluster = new ClusterScript(work.resolve("cluster"));
        Path driverLog = work.resolve("driver.log");
        long started;
        long seconds;
        try {
            String master = cluster.start();
            System.out.println("StandaloneClusterIT: cluster up at " + master);
            started = System.nanoTime();
            cluster.submit(List.of("run", "all", "--data", dataUri, "--run-id", "cluster-1"), driverLog, RUN_TIMEOUT);
            seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        } finally {
            cluster.stop();
        }
        System.out.println("StandaloneClusterIT: run all on the cluster took " + seconds + " s");
        assertEquals(List.of(), cluster.leftoverProcesses().stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList(),
                "processes of the cluster still running after stop");

        SparkSession spark = SharedSpark.get();
        List<String> tables = new ArrayList<>(SILVER);
        tables.addAll(TableCatalog.GOLD);
        List<String> problems = new ArrayList<>();
        for (String table : tables) {
            Dataset<String> local = ComparableRows.of(spark, fixture.data().toString(), table).cache();
            Dataset<String> onCluster = ComparableRows.of(spark, dataUri, table).cache();
            long localCount = local.count();
            assertTrue(localCount > 0, "the fixture's " + table + " is empty, so comparing it proves nothing");
            List<String> lost = ComparableRows.missing(local, onCluster, 3);
            List<String> extra = ComparableRows.missing(onCluster, local, 3);
            if (!lost.isEmpty() || !extra.isEmpty()) {
                problems.add(table + " (local " + localCount + " rows, cluster " + onCluster.count() + "):\n  only local: "
                        + String.join("\n              ", lost) + "\n  only cluster: " + String.join("\n                ", extra));
            }
            local.unpersist();
            onCluster.unpersist();
        }
        assertEquals(List.of(), problems, "tables that differ between the cluster run and the local run; driver log: " + driverLog);
        assertTrue(Files.readString(driverLog).contains("run cluster-1 done"), "the driver did not report the run as done");
    }

    /** The crawl's WARC files, and the id-hash key so that list_entries.id_hash can agree. */
    private static void copyRawAndKey(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from.resolve("raw"))) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path key = from.resolve("state/id-hash.key");
        if (Files.exists(key)) {
            Files.createDirectories(to.resolve("state"));
            Files.copy(key, to.resolve("state/id-hash.key"));
        }
    }
}
