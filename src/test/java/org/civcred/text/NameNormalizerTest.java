package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NameNormalizerTest {

    static Stream<GoldenTable.Row> golden() {
        return GoldenTable.read("/text/names.tsv", 7).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void namesNormaliseAsTheGoldenTableSays(GoldenTable.Row row) {
        PersonName name = NameNormalizer.parse(row.get(0));
        assertEquals(row.get(1), name.normalized(), "normalized, " + row);
        assertEquals(row.get(2), name.surname(), "surname, " + row);
        assertEquals(Boolean.parseBoolean(row.get(3)), name.minorityStyle(), "minorityStyle, " + row);
        assertEquals(Boolean.parseBoolean(row.get(4)), name.masked(), "masked, " + row);
        assertEquals(row.get(5), String.join("|", name.dropped()), "dropped, " + row);
        assertEquals(row.get(0), name.raw(), "raw is kept verbatim");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void normalisingANormalisedNameChangesNothing(GoldenTable.Row row) {
        String once = NameNormalizer.normalize(row.get(0));
        assertEquals(once, NameNormalizer.normalize(once));
    }

    @Test
    void maskedNamesAreNeverMatchable() {
        assertFalse(NameNormalizer.parse("王**").isMatchable());
        assertFalse(NameNormalizer.parse("李某某").isMatchable());
        assertFalse(NameNormalizer.parse("").isMatchable());
        assertTrue(NameNormalizer.parse("王秀兰").isMatchable());
    }

    @Test
    void nullGivesAnEmptyName() {
        PersonName name = NameNormalizer.parse(null);
        assertTrue(name.isEmpty());
        assertEquals("", name.raw());
    }
}
