package org.civcred.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives {@code bin/civcred-cluster} for a test: one cluster whose pid files, logs and worker
 * directories live under a directory of the test's own, so the test can find every process it
 * started and every log worth showing when something fails.
 */
final class ClusterScript {

    private static final Path SCRIPT = Path.of("bin/civcred-cluster").toAbsolutePath();
    private static final int TAIL_LINES = 40;

    private final Path dir;

    ClusterScript(Path dir) {
        this.dir = dir;
    }

    /** Starts the Master and two Workers and returns the master URL once both workers are registered. */
    String start() {
        Path out = dir.resolveSibling("cluster-start.log");
        int exit = run(List.of("start"), out, Duration.ofMinutes(4));
        if (exit != 0) {
            throw new AssertionError("bin/civcred-cluster start failed with exit code " + exit + "\n" + logReport(out));
        }
        return read(dir.resolve("master-url")).strip();
    }

    /** Runs {@code spark-submit} of the jobs jar with {@code args}, its output going to {@code driverLog}. */
    void submit(List<String> args, Path driverLog, Duration timeout) {
        List<String> command = new ArrayList<>(List.of("submit"));
        command.addAll(args);
        int exit = run(command, driverLog, timeout);
        if (exit != 0) {
            throw new AssertionError("spark-submit " + String.join(" ", args) + " failed with exit code " + exit
                    + "\n" + logReport(driverLog));
        }
    }

    void stop() {
        run(List.of("stop"), dir.resolveSibling("cluster-stop.log"), Duration.ofMinutes(2));
    }

    /** Live processes of this cluster: any naming its directory (daemons, driver) or working in it (executors). */
    List<ProcessHandle> leftoverProcesses() {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(this::belongsToCluster).toList();
    }

    private boolean belongsToCluster(ProcessHandle p) {
        Optional<String> args = p.info().arguments().map(a -> String.join(" ", a));
        if (args.isPresent() && args.get().contains(dir.toString())) {
            return true;
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")).startsWith(dir);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Paths and tails of the given log and of every cluster log (daemons and executors). */
    String logReport(Path first) {
        StringBuilder report = new StringBuilder();
        List<Path> logs = new ArrayList<>(List.of(first));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".log") || f.getFileName().toString().equals("stderr"))
                        .sorted().forEach(logs::add);
            } catch (IOException e) {
                report.append("(cannot list ").append(dir).append(": ").append(e.getMessage()).append(")\n");
            }
        }
        for (Path log : logs) {
            report.append("==> ").append(log).append(" (last ").append(TAIL_LINES).append(" lines)\n");
            List<String> lines = Files.exists(log) ? read(log).lines().toList() : List.of("(missing)");
            lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()).forEach(l -> report.append(l).append('\n'));
        }
        return report.toString();
    }

    private int run(List<String> args, Path output, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("CIVCRED_CLUSTER_DIR", dir.toString());
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError("bin/civcred-cluster " + args.get(0) + " did not finish within " + timeout
                        + "\n" + logReport(output));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running bin/civcred-cluster " + args.get(0), e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
