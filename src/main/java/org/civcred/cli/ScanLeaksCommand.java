package org.civcred.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.SparkSessions;
import org.civcred.privacy.LeakScanner;
import org.civcred.privacy.PrivacyFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks that no table holds a whole identity number or mobile number; exits 1 when one does. */
@Command(name = "scan-leaks", mixinStandardHelpOptions = true,
        description = {"Scan every string column of every table for unmasked identity numbers (18-digit with a valid"
            + " check character, or the old 15-digit form) and mobile numbers; prints each finding with a masked"
            + " row key, writes privacy.json, and exits 1 when anything is found.",
            "Example: bin/civcred scan-leaks --data /tmp/civcred-demo"})
final class ScanLeaksCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--reliability-dir", paramLabel = "DIR", defaultValue = "target/reliability",
            description = "Where privacy.json goes. Default: ${DEFAULT-VALUE}")
    Path reliabilityDir;

    @Override
    public Integer call() {
        Instant started = Instant.now();
        SparkSession spark = SparkSessions.create("civcred scan-leaks", common.settings());
        System.out.println("scanning the tables under " + common.data);
        LeakScanner.Result result = LeakScanner.scan(spark, common.data, System.out::println);
        result.findings().forEach(f -> System.out.printf("LEAK %s.%s: %d unmasked %s number(s), e.g. in row %s%n",
                f.table(), f.column(), f.count(), f.kind().equals("id") ? "identity" : "mobile", f.rowKey()));
        Path file = PrivacyFigures.write(reliabilityDir, "bin/civcred scan-leaks --data " + common.data, started,
                result, Map.of("checks_failed", result.clean() ? 0 : 1));
        System.out.printf("%d tables, %,d rows, %,d values scanned: %d unmasked identity numbers, %d mobile numbers (%s)%n",
                result.tablesScanned(), result.rowsScanned(), result.valuesScanned(), result.unmaskedFound(),
                result.mobilesFound(), file);
        return result.clean() ? 0 : 1;
    }
}
