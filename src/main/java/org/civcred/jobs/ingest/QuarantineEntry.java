package org.civcred.jobs.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.civcred.tables.TableSchema;
import org.civcred.text.IdNumbers;

/**
 * One input a job could not use, before it becomes a {@code quarantine} row. The id depends only on
 * the stage, the thing concerned and the reason, so finding the same problem again on a rerun names
 * the same row.
 *
 * @param stage     {@code ingest}, {@code extract}, …
 * @param captureId the capture concerned, or null when the problem is not one record (a whole file)
 * @param url       the URL concerned, or null
 * @param rowKey    where the problem is when there is no capture id (file and byte offset), or null
 * @param reason    a short code such as {@code payload-digest-mismatch}
 * @param detail    one line of detail (cut to {@value #MAX_DETAIL} characters)
 */
public record QuarantineEntry(String stage, String captureId, String url, String rowKey, String reason,
                              String detail) implements Serializable {

    static final int MAX_DETAIL = 300;
    private static final StructType SCHEMA = TableSchema.load("quarantine").structType();

    public QuarantineEntry {
        // Masked before the cut, so a number split by it cannot survive in part.
        detail = oneLine(IdNumbers.redact(detail));
    }

    /** sha1 of stage, capture id (or row key) and reason. */
    public String id() {
        String subject = captureId != null ? captureId : rowKey == null ? "" : rowKey;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            byte[] d = md.digest((stage + "\n" + subject + "\n" + reason).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }

    /** The row in the column order of {@code schemas/quarantine.json}. */
    public Row toRow(String runId, Timestamp recordedAt) {
        return new GenericRowWithSchema(new Object[] {id(), runId, stage, captureId, url, rowKey, reason, detail,
            recordedAt}, SCHEMA);
    }

    private static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…";
    }
}
