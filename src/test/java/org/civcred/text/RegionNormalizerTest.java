package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegionNormalizerTest {

    private static final RegionNormalizer REGIONS = RegionNormalizer.standard();

    static Stream<GoldenTable.Row> golden() {
        return GoldenTable.read("/text/regions.tsv", 7).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void placeNamesResolveAsTheGoldenTableSays(GoldenTable.Row row) {
        RegionMatch match = REGIONS.resolve(row.get(0), row.get(1).isEmpty() ? null : row.get(1));
        assertEquals(row.get(2), match.code(), "code, " + row);
        assertEquals(row.get(3), match.level() == null ? "" : match.level().name(), "level, " + row);
        String names = match.isResolved() ? match.province() + "/" + match.prefecture() + "/" + match.county() : "";
        assertEquals(row.get(4), names, "names, " + row);
        assertEquals(row.get(5), String.join(",", match.candidates()), "candidates, " + row);
        assertEquals(!row.get(2).isEmpty(), match.isResolved());
    }

    @Test
    void historicNamesSayHowTheyWereMapped() {
        RegionMatch match = REGIONS.resolve("襄樊市");
        assertTrue(match.note().contains("襄阳市"), match.note());
        assertTrue(match.note().contains("2010"), match.note());
        assertEquals("", REGIONS.resolve("襄阳市").note());
    }

    @Test
    void ambiguousResultsListTheirCandidatesAndNoCode() {
        RegionMatch match = REGIONS.resolve("朝阳区");
        assertTrue(match.isAmbiguous());
        assertFalse(match.isResolved());
        assertEquals("朝阳区", match.matchedText());
    }

    @Test
    void provinceOfGivesTheProvinceLevelCode() {
        assertEquals(Optional.of("410000"), REGIONS.provinceOf("411330"));
        assertEquals(Optional.of("410000"), REGIONS.provinceOf("411300"));
        assertEquals(Optional.of("410000"), REGIONS.provinceOf("410000"));
        assertEquals(Optional.empty(), REGIONS.provinceOf("999999"));
        assertEquals(Optional.empty(), REGIONS.provinceOf(null));
    }

    @Test
    void prefectureOfFollowsTheDocumentedRules() {
        assertEquals(Optional.of("411300"), REGIONS.prefectureOf("411330"), "county in a prefecture");
        assertEquals(Optional.of("411300"), REGIONS.prefectureOf("411300"), "a prefecture is its own");
        assertEquals(Optional.of("120000"), REGIONS.prefectureOf("120103"), "municipality district");
        assertEquals(Optional.of("500000"), REGIONS.prefectureOf("500240"), "Chongqing county");
        assertEquals(Optional.of("419001"), REGIONS.prefectureOf("419001"), "province-administered city");
        assertEquals(Optional.empty(), REGIONS.prefectureOf("410000"), "province");
        assertEquals(Optional.empty(), REGIONS.prefectureOf("411399"), "unknown code");
    }

    @Test
    void theVendoredTableHoldsEveryLevel() {
        assertEquals(34, Stream.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
                "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
                "71", "81", "82").filter(p -> REGIONS.byCode(p + "0000").isPresent()).count());
        assertEquals(RegionLevel.PREFECTURE, REGIONS.byCode("411300").orElseThrow().level());
        assertEquals("桐柏", REGIONS.byCode("411330").orElseThrow().shortName());
        assertTrue(REGIONS.byCode("110100").isEmpty(), "municipal placeholders are not divisions");
        assertTrue(REGIONS.byCode("130171").orElseThrow().statisticalZone());
        assertFalse(REGIONS.byCode("130181").orElseThrow().statisticalZone());
    }

    @Test
    void shortNamesDropUnitWordsAndPeoples() {
        assertEquals("广西", RegionNames.shortName("广西壮族自治区"));
        assertEquals("内蒙古", RegionNames.shortName("内蒙古自治区"));
        assertEquals("西藏", RegionNames.shortName("西藏自治区"));
        assertEquals("海西", RegionNames.shortName("海西蒙古族藏族自治州"));
        assertEquals("博尔塔拉", RegionNames.shortName("博尔塔拉蒙古自治州"));
        assertEquals("克孜勒苏", RegionNames.shortName("克孜勒苏柯尔克孜自治州"));
        assertEquals("大兴安岭", RegionNames.shortName("大兴安岭地区"));
        assertEquals("", RegionNames.shortName("城区"));
        assertEquals("", RegionNames.shortName("忠县"));
    }
}
