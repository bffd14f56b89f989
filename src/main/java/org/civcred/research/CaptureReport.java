package org.civcred.research;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Errors;

/**
 * Shows the archived page behind a capture: where it is, the WARC record's headers, the HTTP
 * status line and headers, and the payload decoded with the charset civcred chose for it. A
 * revisit has no payload of its own, so the capture it refers to is shown after it.
 */
public final class CaptureReport {

    /** How much to show. */
    public enum Detail { FULL, HEADERS_ONLY, RAW }

    /** A chain of revisits longer than this is a loop or damage, not an archive's normal shape. */
    private static final int MAX_REVISIT_HOPS = 5;

    private final CaptureLookup lookup;
    private final Configuration conf;

    public CaptureReport(CaptureLookup lookup, Configuration conf) {
        this.lookup = lookup;
        this.conf = conf;
    }

    /**
     * Writes the report for the capture or document {@code id}. In {@link Detail#RAW} only the
     * payload bytes as archived are written to {@code out}, and a revisit is followed silently.
     */
    public void show(String id, Detail detail, OutputStream out) throws IOException {
        PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
        CaptureLocation capture = lookup.find(id);
        for (int hop = 0; hop <= MAX_REVISIT_HOPS; hop++) {
            ArchivedRecord record = read(capture);
            HttpView http = new HttpView(record.block());
            if (detail == Detail.RAW) {
                if (!"revisit".equals(record.type())) {
                    out.write(http.payloadAsArchived());
                    out.flush();
                    return;
                }
            } else {
                describe(capture, record, http, text);
            }
            if (!"revisit".equals(record.type())) {
                if (detail == Detail.FULL) {
                    payload(capture, http, text);
                }
                return;
            }
            String target = record.refersTo() != null ? record.refersTo() : capture.refersTo();
            var original = target == null ? java.util.Optional.<CaptureLocation>empty() : lookup.byCaptureId(target);
            if (original.isEmpty()) {
                throw Errors.badInput("Capture " + capture.captureId() + " is a revisit of "
                        + (target == null ? "an unnamed record" : target) + ", which the captures table does not hold",
                        "Ingest the WARC file holding the original capture (bin/civcred import-warc)", null);
            }
            if (detail != Detail.RAW) {
                text.println();
                text.println("revisit of " + original.get().captureId() + "; that capture follows");
                text.println();
            }
            capture = original.get();
        }
        throw Errors.badInput("Capture " + id + " starts a chain of more than " + MAX_REVISIT_HOPS + " revisits",
                "The archive's WARC-Refers-To headers loop; check the WARC files", null);
    }

    private ArchivedRecord read(CaptureLocation capture) {
        ArchivedRecord record;
        try {
            record = ArchivedRecord.read(capture.warcFile(), capture.warcOffset(), conf);
        } catch (IOException e) {
            throw Errors.io("Cannot read capture " + capture.captureId() + " at offset " + capture.warcOffset()
                    + " of " + capture.warcFile(), e);
        }
        if (!bare(record.id()).equals(bare(capture.captureId()))) {
            throw Errors.badInput("The record at offset " + capture.warcOffset() + " of " + capture.warcFile()
                    + " is " + record.id() + ", not capture " + capture.captureId(),
                    "The WARC file changed since ingest; rerun bin/civcred run ingest", null);
        }
        return record;
    }

    private static void describe(CaptureLocation capture, ArchivedRecord record, HttpView http, PrintStream out) {
        out.println("capture:   " + capture.captureId());
        out.println("warc:      " + capture.warcFile() + " @ " + capture.warcOffset());
        out.println("record:    " + record.type() + " " + record.id());
        out.println("date:      " + record.date());
        out.println("target:    " + record.target());
        if (record.refersTo() != null || record.profile() != null) {
            out.println("refers to: " + record.refersTo());
            out.println("profile:   " + record.profile());
        }
        out.println("charset:   " + (capture.charset() == null ? "(none chosen)" : capture.charset()));
        out.println();
        // One println per line: the archived CRLFs would otherwise reach the terminal as they are.
        http.head().lines().forEach(out::println);
    }

    private static void payload(CaptureLocation capture, HttpView http, PrintStream out) throws IOException {
        byte[] body;
        try {
            body = http.payloadDecoded();
        } catch (IOException | RuntimeException e) {
            throw Errors.badInput("The payload of capture " + capture.captureId() + " cannot be decoded: " + e.getMessage(),
                    "Look at the bytes as archived with --raw", e);
        }
        Charset charset = charsetOf(capture.charset());
        out.println();
        out.println("--- payload: " + body.length + " bytes, decoded as " + charset.name()
                + (capture.charset() == null ? " (no charset recorded)" : "") + " ---");
        out.println(new String(body, charset));
    }

    private static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String bare(String id) {
        return id.strip().replaceAll("^<|>$", "");
    }
}
