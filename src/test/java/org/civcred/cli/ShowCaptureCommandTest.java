package org.civcred.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * show-capture on the mirror's archive: the GBK-family page of 信用南阳 naming 劉桂蘭 (a character
 * outside GB2312) comes back from its WARC record as correct Chinese, by capture id or doc id.
 */
class ShowCaptureCommandTest {

    private static final String PLANTED = "劉桂蘭";

    private static String data;
    private static String captureId;
    private static String charset;
    private static byte[] body;
    private static String docId;

    private Terminal terminal;

    @BeforeAll
    static void findTheGbkPageNamingThePlantedPerson() {
        SparkSession spark = SharedSpark.get();
        data = MirrorPipeline.get().data().toString();
        Row page = spark.read().format("delta").load(data + "/tables/captures")
                .where("host = 'credit.nanyang.gov.cn' AND record_type = 'response' AND charset IS NOT NULL"
                        + " AND upper(charset) <> 'UTF-8'")
                .select("capture_id", "charset", "body").collectAsList().stream()
                .filter(r -> new String((byte[]) r.get(2), Charset.forName(r.getString(1))).contains(PLANTED))
                .findFirst().orElseThrow(() -> new AssertionError("the mirror plants " + PLANTED + " on a GBK page"));
        captureId = page.getString(0);
        charset = page.getString(1);
        body = (byte[]) page.get(2);
        docId = spark.read().format("delta").load(data + "/tables/documents")
                .where(functions.col("capture_id").equalTo(captureId)).select("doc_id").first().getString(0);
    }

    @BeforeEach
    void captureTheTerminal() {
        terminal = new Terminal();
    }

    @AfterEach
    void restoreTheTerminal() {
        terminal.close();
    }

    @Test
    void aGbkPagePrintsItsRecordHeadersAndCorrectChinese() {
        assertEquals(0, terminal.run("show-capture", captureId, "--data", data), terminal.err());
        String shown = terminal.out();
        assertTrue(shown.contains("capture:   " + captureId) && shown.contains("record:    response " + captureId), shown);
        assertTrue(shown.contains("target:    http://credit.nanyang.gov.cn/"), shown);
        assertTrue(shown.contains("HTTP/1.1 200") && shown.contains("decoded as " + charset), shown);
        assertTrue(shown.contains(new String(body, Charset.forName(charset))), "the whole page, decoded");
        assertTrue(shown.contains(PLANTED) && !shown.contains("\uFFFD"), shown);
    }

    @Test
    void aDocumentIdShowsTheCaptureItWasMadeFrom() {
        assertEquals(0, terminal.run("show-capture", docId, "--data", data), terminal.err());
        assertTrue(terminal.out().contains("capture:   " + captureId) && terminal.out().contains(PLANTED), terminal.out());
    }

    @Test
    void headersOnlyLeavesThePayloadOut() {
        assertEquals(0, terminal.run("show-capture", captureId, "--headers-only", "--data", data), terminal.err());
        String shown = terminal.out();
        assertTrue(shown.contains("HTTP/1.1 200 OK") && shown.contains("Content-Length:"), shown);
        assertTrue(!shown.contains("--- payload") && !shown.contains(PLANTED), shown);
    }

    @Test
    void rawWritesTheArchivedBytesAndNothingElse() {
        assertEquals(0, terminal.run("show-capture", captureId, "--raw", "--data", data), terminal.err());
        assertArrayEquals(body, terminal.outBytes());
    }

    @Test
    void anUnknownIdIsAOneLineUsageError() {
        assertEquals(2, terminal.run("show-capture", "urn:uuid:not-archived", "--data", data));
        assertFalse(terminal.err().strip().contains("\n"), terminal.err());
        assertTrue(terminal.err().contains("No capture or document with id 'urn:uuid:not-archived'"), terminal.err());
    }
}
