package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdMasksTest {

    @Test
    void maskedNumbersStayAsPublished() {
        assertEquals("1301**********3518", IdMasks.mask(" 1301**********3518 "));
        assertEquals("4113301985******12", IdMasks.mask("4113301985******12"));
    }

    @Test
    void aWholeNumberKeepsOnlyItsFirstAndLastFourCharacters() {
        assertEquals("4113**********001X", IdMasks.mask("411330" + "19850101" + "001X"));
        assertEquals("证件 1201*******0123", IdMasks.mask("证件 120101800100123"));
    }

    @Test
    void shortNumbersAreNotIdentityNumbers() {
        assertEquals("（2018）津0101执1234号", IdMasks.mask("（2018）津0101执1234号"));
    }
}
