package org.civcred.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civcred.cli.Main;

/**
 * Starts {@code civcred <args>} in a child JVM on this JVM's class path, the way bin/civcred would
 * (Java 17 opens, a Spark master, civcred's INFO logging), with its output in a file, so the
 * harness can SIGKILL it ({@link Process#destroyForcibly}) at any moment.
 */
final class ChildCivcred {

    private static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
            "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch",
            "sun.nio.cs", "sun.security.action", "sun.util.calendar");

    private final String sparkMaster;
    private final Map<String, String> environment;
    private final List<String> settings;

    /**
     * @param environment variables added to the child's environment (the identity-number hash key)
     * @param settings    civcred settings as key=value, passed as -Dcivcred.key=value
     */
    ChildCivcred(String sparkMaster, Map<String, String> environment, List<String> settings) {
        this.sparkMaster = sparkMaster;
        this.environment = Map.copyOf(environment);
        this.settings = List.copyOf(settings);
    }

    Process start(Path output, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        OPENS.forEach(p -> cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
        cmd.add("-Dspark.master=" + sparkMaster);
        // The main logging configuration (civcred at INFO): the harness follows the job lines.
        cmd.add("-Dlog4j2.configurationFile=log4j2.properties");
        settings.forEach(s -> cmd.add("-Dcivcred." + s));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
