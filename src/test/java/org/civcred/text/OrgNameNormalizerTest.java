package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrgNameNormalizerTest {

    static Stream<GoldenTable.Row> golden() {
        return GoldenTable.read("/text/orgs.tsv", 9).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void organisationNamesParseAsTheGoldenTableSays(GoldenTable.Row row) {
        OrgName org = OrgNameNormalizer.parse(row.get(0));
        assertEquals(row.get(1), org.normalized(), "normalized, " + row);
        assertEquals(row.get(2), org.legalForm().name(), "legalForm, " + row);
        assertEquals(Boolean.parseBoolean(row.get(3)), org.branch(), "branch, " + row);
        assertEquals(row.get(4), org.parentName(), "parentName, " + row);
        assertEquals(row.get(5), org.region(), "region, " + row);
        assertEquals(row.get(6), org.regionCode(), "regionCode, " + row);
        assertEquals(Boolean.parseBoolean(row.get(7)), org.governmentBody(), "governmentBody, " + row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void normalisingANormalisedNameChangesNothing(GoldenTable.Row row) {
        String once = OrgNameNormalizer.normalize(row.get(0));
        assertEquals(once, OrgNameNormalizer.normalize(once));
    }

    @Test
    void bothSpellingsOfALimitedCompanyShareOneNormalisedName() {
        assertEquals(OrgNameNormalizer.normalize("某某（天津）科技有限责任公司"),
                OrgNameNormalizer.normalize("某某(天津)科技 有限公司"));
    }

    @Test
    void canonicalSuffixesAreTheOnesTheLegalFormsDeclare() {
        assertEquals("有限公司", LegalForm.LIMITED_LIABILITY.suffix());
        assertEquals("（有限合伙）", LegalForm.LIMITED_PARTNERSHIP.suffix());
        assertEquals("", LegalForm.NONE.suffix());
    }
}
