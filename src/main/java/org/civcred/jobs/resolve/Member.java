package org.civcred.jobs.resolve;

import java.sql.Date;
import org.apache.spark.sql.Row;

/**
 * The columns of one {@code list_entries} row that resolution uses.
 *
 * @param idMasked masked identity number; compared by shape, because two sites may mask the same
 *                 number differently ({@code 4113**********1234} and {@code 4113301969******42})
 */
public record Member(String entryId, String family, String subjectType, String nameRaw, String nameNorm,
                     boolean nameMasked, String gender, String birthYm, String regionCode, String regionLevel,
                     String provinceCode, String prefectureCode, String category, String honour, String listKind,
                     String listName, Date listDate, String idMasked, String idHash, String url, String captureId) {

    /** The columns {@link #fromRow} reads, for a narrow select. */
    public static final String[] COLUMNS = {"entry_id", "family", "subject_type", "name_raw", "name_norm", "name_masked",
        "gender", "birth_ym", "region_code", "region_level", "province_code", "prefecture_code", "category", "honour",
        "list_kind", "list_name", "list_date", "id_masked", "id_hash", "url", "capture_id"};

    public static Member fromRow(Row r) {
        Boolean masked = r.getAs("name_masked");
        return new Member(r.getAs("entry_id"), r.getAs("family"), r.getAs("subject_type"), r.getAs("name_raw"),
                r.getAs("name_norm"), masked != null && masked, r.getAs("gender"), r.getAs("birth_ym"),
                r.getAs("region_code"), r.getAs("region_level"), r.getAs("province_code"), r.getAs("prefecture_code"),
                r.getAs("category"), r.getAs("honour"), r.getAs("list_kind"), r.getAs("list_name"),
                r.getAs("list_date"), r.getAs("id_masked"), r.getAs("id_hash"), r.getAs("url"), r.getAs("capture_id"));
    }
}
