package org.civcred.cli;

import org.civcred.research.AsOf;
import picocli.CommandLine.Option;

/** Time-travel options shared by the commands that read tables for a researcher. */
final class AsOfOptions {

    @Option(names = "--as-of", paramLabel = "RUN_ID|TIMESTAMP|VERSION",
            description = {"Read the tables as they were: a run id from `civcred runs` (as that run left them),"
                + " a timestamp (UTC unless it has an offset; each table at its latest version at or before it),"
                + " or, for export, a version of the table (12 or v12)."})
    String point;

    @Option(names = "--as-of-version", paramLabel = "TABLE=N[,TABLE=N…]",
            description = "Exact Delta versions for named tables; wins over --as-of for those tables.")
    String exact;

    AsOf asOf() {
        return AsOf.parse(point, exact);
    }
}
