package org.civcred.jobs.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BlockResolverTest {

    static Member member(String id, String gender, String birth, String region, String idMasked) {
        String province = region == null ? null : region.substring(0, 2) + "0000";
        String prefecture = region == null || region.endsWith("0000") ? null
                : region.startsWith("12") ? "120000" : region.substring(0, 4) + "00";
        return new Member(id, "civilization", "person", "李堃", "李堃", false, gender, birth, region, null, province,
                prefecture, null, null, "honour", null, Date.valueOf("2018-01-01"), idMasked, null, "http://h/" + id,
                "cap-" + id);
    }

    private static Set<String> ids(List<List<Member>> groups) {
        return groups.stream().map(g -> g.stream().map(Member::entryId).collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void entriesWithNestedRegionsAndUnknownsAreOnePerson() {
        List<Member> block = List.of(member("a", "M", "1984-12", "120102", null), member("b", null, null, "120000", null),
                member("c", "M", null, "120102", null));
        assertEquals(Set.of("a,b,c"), ids(BlockResolver.resolve(block)));
    }

    @Test
    void sameNameSameCityDifferentGenderAndBirthAreTwoPeople() {
        List<Member> block = List.of(member("a", "M", "1984-12", "120102", null), member("b", "F", "1993-04", "120111", null),
                member("c", null, null, "120102", null), member("d", null, null, "120111", null));
        assertEquals(Set.of("a,c", "b,d"), ids(BlockResolver.resolve(block)));
    }

    @Test
    void anEntryCompatibleWithTwoPeopleJoinsOnlyOneAndNeverChainsThem() {
        List<Member> block = List.of(member("a", "M", "1984-12", "120102", null), member("b", "F", "1993-04", "120102", null),
                member("x", null, null, "120000", null));
        List<List<Member>> groups = BlockResolver.resolve(block);
        assertEquals(2, groups.size(), "plain transitive closure would make one person of a, x and b");
        for (List<Member> g : groups) {
            Set<String> genders = g.stream().map(Member::gender).filter(s -> s != null).collect(Collectors.toSet());
            assertTrue(genders.size() <= 1, "a group never mixes genders: " + g);
        }
    }

    @Test
    void identityNumbersMaskedTheSameWayMustAgreeWhileDifferentMasksCannotConflict() {
        List<Member> sameShape = List.of(member("a", null, null, "411330", "4113**********1234"),
                member("b", null, null, "411330", "4113**********9999"));
        assertEquals(2, BlockResolver.resolve(sameShape).size());
        List<Member> otherShape = List.of(member("a", null, null, "411330", "4113**********1234"),
                member("b", null, null, "411330", "4113301969******34"));
        assertEquals(1, BlockResolver.resolve(otherShape).size());
        assertFalse(Profile.sameShape("4113**********1234", "4113301969******34"));
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<Member> block = new ArrayList<>(List.of(member("a", "M", "1984-12", "120102", null),
                member("b", "F", "1993-04", "120111", null), member("c", null, null, "120000", null),
                member("d", null, "1993-04", null, null), member("e", "M", null, "120102", null)));
        Set<String> expected = ids(BlockResolver.resolve(block));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(block, random);
            assertEquals(expected, ids(BlockResolver.resolve(block)));
        }
    }

    @Test
    void regionsInDifferentPrefecturesOfOneProvinceConflict() {
        assertTrue(Profile.nested("411330", "411300"));
        assertTrue(Profile.nested("410000", "411330"));
        assertFalse(Profile.nested("411330", "411700"), "桐柏县 is not in 驻马店市");
        assertFalse(Profile.nested("120110", "120105"), "two Tianjin districts");
    }
}
