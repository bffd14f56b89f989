package org.civcred.jobs.entries;

import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One {@code list_entries} row as Java values, in the column order of {@code schemas/list_entries.json}.
 * Columns are described there; {@code nameNorm} is null for masked names.
 */
public record ListEntry(String entryId, String docId, String captureId, String url, String site, String family,
                        String subjectType, String nameRaw, String nameNorm, boolean nameMasked, String gender,
                        String birthYm, String regionRaw, String regionCode, String regionLevel, String provinceCode,
                        String prefectureCode, String categoryRaw, String category, String honour, String listName,
                        String listKind, Date listDate, String listDateRaw, String idMasked, String idHash,
                        Boolean orgIsGovernment, String deed, String sourceOrg, String runId) {

    public Row toRow() {
        return RowFactory.create(entryId, docId, captureId, url, site, family, subjectType, nameRaw, nameNorm,
                nameMasked, gender, birthYm, regionRaw, regionCode, regionLevel, provinceCode, prefectureCode,
                categoryRaw, category, honour, listName, listKind, listDate, listDateRaw, idMasked, idHash,
                orgIsGovernment, deed, sourceOrg, runId);
    }
}
