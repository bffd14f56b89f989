package org.civcred.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.civcred.cli.Main;
import org.civcred.testing.MirrorPipeline;
import org.civcred.tables.Tables;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civcred dq} on the shared mirror run: the results as a table, and a clear error for a run it does not know. */
class DqCommandTest {

    private static String stdout(Runnable command) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            command.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dqPrintsEveryExpectationOfTheRunAndASummaryLine() {
        SharedSpark.get();
        String data = MirrorPipeline.get().data().toString();
        int[] code = new int[1];
        String out = stdout(() -> code[0] = Main.execute("dq", "--data", data, "--run", MirrorPipeline.RUN_ID));
        assertEquals(0, code[0], out);
        assertTrue(out.contains("quarantine_share_of_captures") && out.contains("pair_provenance"), out);
        assertTrue(out.contains("run " + MirrorPipeline.RUN_ID + ": "), out);
        assertTrue(out.contains(" failed (0 hard)"), out);
    }

    @Test
    void dqEvaluateChecksTheCurrentTablesUnderANewRunId(@TempDir Path tmp) {
        Path data = MirrorPipeline.get().copyTo(tmp);
        int[] code = new int[1];
        String out = stdout(() -> code[0] = Main.execute("dq", "--data", data.toString(), "--evaluate", "--failed"));
        assertEquals(0, code[0], out);
        assertTrue(out.contains("run dq-") && out.contains(" 0 failed (0 hard)"), out);
        Tables tables = new Tables(SharedSpark.get(), data.toString());
        assertEquals(tables.read(DqResults.TABLE).where("run_id = '" + MirrorPipeline.RUN_ID + "'").count(),
                tables.read(DqResults.TABLE).where("run_id LIKE 'dq-%' AND job = 'dq'").count());
    }

    @Test
    void dqRefusesARunWithoutResults() {
        String data = MirrorPipeline.get().data().toString();
        assertEquals(2, Main.execute("dq", "--data", data, "--run", "no-such-run"));
    }
}
