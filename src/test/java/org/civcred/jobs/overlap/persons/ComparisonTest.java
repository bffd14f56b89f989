package org.civcred.jobs.overlap.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static PersonSide side(String name, String region, String province, String prefecture) {
        return new PersonSide("e", name, null, null, region, province, prefecture, Set.of(), Set.of(), Set.of(), null,
                Set.of());
    }

    private static PersonSide with(Set<String> categories, Set<String> honours, Set<String> kinds, String date) {
        return new PersonSide("e", "张秀英", null, null, null, null, null, categories, honours, kinds,
                date == null ? null : Date.valueOf(date), Set.of());
    }

    @Test
    void regionLevelsGoFromTheSameCountyToAConflict() {
        PersonSide tongbai = side("张秀英", "411330", "410000", "411300");
        assertEquals("county", Comparison.REGION.level(tongbai, side("张秀英", "411330", "410000", "411300")));
        assertEquals("prefecture", Comparison.REGION.level(tongbai, side("张秀英", "411300", "410000", "411300")));
        assertEquals("province", Comparison.REGION.level(tongbai, side("张秀英", "410000", "410000", null)));
        assertEquals("county_conflict", Comparison.REGION.level(tongbai, side("张秀英", "411302", "410000", "411300")));
        assertEquals("conflict", Comparison.REGION.level(tongbai, side("张秀英", "411700", "410000", "411700")));
        assertEquals("conflict", Comparison.REGION.level(tongbai, side("张秀英", "120113", "120000", "120000")));
        assertEquals(Comparison.UNKNOWN, Comparison.REGION.level(tongbai, side("张秀英", null, null, null)));
    }

    @Test
    void aOneCharacterVariantOfTheSameSurnameIsAVariant() {
        PersonSide a = side("张秀英", null, null, null);
        assertEquals("exact", Comparison.NAME.level(a, side("张秀英", null, null, null)));
        assertEquals("variant", Comparison.NAME.level(a, side("张秀瑛", null, null, null)));
        assertEquals("different", Comparison.NAME.level(a, side("李秀英", null, null, null)), "another surname");
        assertEquals("different", Comparison.NAME.level(a, side("张英", null, null, null)));
    }

    @Test
    void categoriesAgreeDifferOrAreCompatibleThroughAnHonour() {
        PersonSide honest = with(Set.of("honest"), Set.of(), Set.of(), null);
        assertEquals("same", Comparison.CATEGORY.level(honest, with(Set.of("honest", "filial"), Set.of(), Set.of(), null)));
        assertEquals("differ", Comparison.CATEGORY.level(honest, with(Set.of("brave"), Set.of(), Set.of(), null)));
        assertEquals("compatible", Comparison.CATEGORY.level(honest, with(Set.of(), Set.of("integrity_star"), Set.of(), null)));
        assertEquals(Comparison.UNKNOWN, Comparison.CATEGORY.level(honest, with(Set.of(), Set.of("good_person"), Set.of(), null)));
    }

    @Test
    void datesAndListKindsHaveTheirLevels() {
        PersonSide civ = with(Set.of(), Set.of(), Set.of("honour"), "2018-01-01");
        Map<String, String> expected = Map.of("2019-03-20", "civ_first", "2017-10-12", "credit_first", "2022-01-01", "far");
        expected.forEach((date, level) -> assertEquals(level, Comparison.DATES.level(civ, with(Set.of(), Set.of(), Set.of(), date))));
        List<Set<String>> kinds = List.of(Set.of("red"), Set.of("black"), Set.of("red", "black"), Set.of());
        List<String> levels = List.of("commendation", "black", "mixed", Comparison.UNKNOWN);
        for (int i = 0; i < kinds.size(); i++) {
            assertEquals(levels.get(i), Comparison.KINDS.level(civ, with(Set.of(), Set.of(), kinds.get(i), null)));
        }
    }
}
