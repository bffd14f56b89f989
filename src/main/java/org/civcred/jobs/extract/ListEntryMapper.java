package org.civcred.jobs.extract;

import java.util.List;
import org.apache.spark.sql.Row;
import org.civcred.site.Extraction;

/** Turns an extraction's person and organisation records into {@code list_entries} rows. */
public final class ListEntryMapper {

    private ListEntryMapper() {
    }

    /**
     * @param capture   the archived page
     * @param docId     its document id ({@link DocIds#document})
     * @param extraction what the site profile read from it
     * @param idHashKey HMAC key for masked identity numbers
     * @param runId     the run writing the rows
     * @return rows in the column order of {@code schemas/list_entries.json}
     */
    public static List<Row> entries(CaptureInput capture, String docId, Extraction extraction, byte[] idHashKey,
                                    String runId) {
        return List.of();
    }
}
