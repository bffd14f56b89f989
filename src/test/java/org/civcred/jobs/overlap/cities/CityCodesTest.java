package org.civcred.jobs.overlap.cities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CityCodesTest {

    @Test
    void aCountyCountsForItselfAndItsPrefecture() {
        assertEquals(List.of("411300", "411330"), CityCodes.of("411330"));
    }

    @Test
    void aCityDistrictCountsOnlyForItsCity() {
        assertEquals(List.of("411300"), CityCodes.of("411302"));
        assertEquals(List.of("411700"), CityCodes.of("411702"));
    }

    @Test
    void aMunicipalityIsOneCityCoveringItsDistricts() {
        assertEquals(List.of("120000"), CityCodes.of("120103"));
        assertEquals(List.of("120000"), CityCodes.of("120000"));
    }

    @Test
    void aPrefectureIsItselfAndAProvinceOrUnknownCodeIsNoCity() {
        assertEquals(List.of("130100"), CityCodes.of("130100"));
        assertEquals(List.of(), CityCodes.of("410000"));
        assertEquals(List.of(), CityCodes.of("999999"));
        assertEquals(List.of(), CityCodes.of(null));
        assertEquals(List.of(), CityCodes.of("4113"));
    }

    @Test
    void aCountyLevelCityUnderTheProvinceStandsAlone() {
        assertEquals(List.of("419001"), CityCodes.of("419001"), "济源市");
    }
}
