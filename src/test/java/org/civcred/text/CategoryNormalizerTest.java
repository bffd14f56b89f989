package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CategoryNormalizerTest {

    private static final CategoryNormalizer CATEGORIES = CategoryNormalizer.standard();

    static Stream<GoldenTable.Row> golden() {
        return GoldenTable.read("/text/categories.tsv", 4).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void labelsMapAsTheGoldenTableSays(GoldenTable.Row row) {
        assertEquals(row.get(1), CATEGORIES.goodPeople(row.get(0)).id(), "goodPeople, " + row);
        assertEquals(row.get(2), CATEGORIES.honour(row.get(0)).id(), "honour, " + row);
    }

    @Test
    void unknownLabelsKeepTheirRawText() {
        CategoryMatch match = CATEGORIES.goodPeople("失信被执行人");
        assertFalse(match.isKnown());
        assertEquals("失信被执行人", match.raw());
        assertEquals("", match.variant());
    }

    @Test
    void theVocabularyCarriesAVersion() {
        assertEquals("2026-11-22.1", CATEGORIES.version());
    }

    @Test
    void goodPeopleIdsAreOnlyTheFiveApiIds() {
        golden().map(row -> CATEGORIES.goodPeople(row.get(0)))
                .filter(CategoryMatch::isKnown)
                .forEach(m -> assertTrue(CategoryNormalizer.GOOD_PEOPLE_IDS.contains(m.id()), m.toString()));
    }

    @Test
    void nullIsAnUnknownLabel() {
        assertFalse(CATEGORIES.honour(null).isKnown());
    }
}
