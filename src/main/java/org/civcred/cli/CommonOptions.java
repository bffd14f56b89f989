package org.civcred.cli;

import java.nio.file.Path;
import org.civcred.config.Settings;
import picocli.CommandLine.Option;

/** Options every subcommand takes: where the data lives and which settings file applies. */
final class CommonOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "Data directory or Hadoop URI (file://, hdfs://, s3a://). Default: ${DEFAULT-VALUE}")
    String data;

    @Option(names = "--conf", paramLabel = "FILE",
            description = "Settings overrides (default: conf/civcred.properties when it exists).")
    Path conf;

    Settings settings() {
        return Settings.load(conf, System.getProperties());
    }
}
