package org.civcred.jobs.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.civcred.jobs.entries.EntryNormalizer;
import org.civcred.jobs.entries.ListEntry;
import org.civcred.jobs.entries.PersonStories;
import org.civcred.site.Extraction;

/**
 * Turns an extraction's person and organisation records into {@code list_entries} rows.
 *
 * <p>Every record with a name becomes one entry. A page whose extractor gave no record but which is
 * about one person — a 好人 story opening with its profile sentence, an honour announcement naming its
 * honouree — gives one entry for that person ({@link PersonStories}): on the civilization side an honour,
 * on the credit side a commendation the credit site published. Normalisation is
 * {@link EntryNormalizer}'s. Pure: the same inputs always give the same rows.
 */
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
        return normalized(capture, docId, extraction, idHashKey, runId).stream().map(ListEntry::toRow).toList();
    }

    /** The same entries as Java values. */
    public static List<ListEntry> normalized(CaptureInput capture, String docId, Extraction extraction,
                                             byte[] idHashKey, String runId) {
        String family = capture.family() != null && !capture.family().isBlank() ? capture.family() : extraction.family();
        String site = capture.site() != null && !capture.site().isBlank() ? capture.site() : extraction.siteId();
        EntryNormalizer.Source source = new EntryNormalizer.Source(docId, capture.captureId(), capture.url(), site,
                family == null ? "" : family, extraction.fields(), runId);
        List<Map<String, String>> records = extraction.records().stream().filter(ListEntryMapper::named).toList();
        if (records.isEmpty()) {
            records = PersonStories.subject(extraction.fields()).map(List::of).orElse(List.of());
        }
        List<ListEntry> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            out.add(EntryNormalizer.normalize(source, i, records.get(i), idHashKey));
        }
        return out;
    }

    private static boolean named(Map<String, String> record) {
        String name = record.get("name");
        return name != null && !name.isBlank();
    }
}
