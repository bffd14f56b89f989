package org.civcred.jobs.overlap.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.civcred.jobs.overlap.MirrorPipeline;
import org.junit.jupiter.api.Test;

class OverlapTermsMirrorTest {

    private final List<Row> rows = MirrorPipeline.get().table("overlap_terms").collectAsList();

    private long documents(String family, String term) {
        return rows.stream().filter(r -> family.equals(r.getAs("family")) && term.equals(r.getAs("term")))
                .mapToLong(r -> r.<Long>getAs("doc_count")).sum();
    }

    @Test
    void bothProgrammesShareTheVocabularyOfGoodPeopleAndCredit() {
        for (String term : List.of("孝老爱亲", "诚实守信", "诚信")) {
            assertTrue(documents("civilization", term) > 0, "civilization " + term);
            assertTrue(documents("credit", term) > 0, "credit " + term);
        }
        assertTrue(documents("civilization", "守信激励") > 0, "the planted civilization news on 守信激励");
    }

    @Test
    void everyCellIsConsistent() {
        for (Row r : rows) {
            long count = r.getAs("doc_count");
            long cell = r.getAs("docs_in_cell");
            assertTrue(count >= 1 && count <= cell, r.toString());
            assertTrue(r.<String>getAs("month").matches("20\\d\\d-\\d\\d"), r.toString());
            assertTrue(r.<String>getAs("province_code").matches("\\d{2}0000"), r.toString());
        }
    }
}
