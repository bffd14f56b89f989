package org.civcred.jobs.overlap.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;

class TermListTest {

    @Test
    void aListHasAVersionColumnsAndRowsPaddedToTheColumns() {
        TermList list = TermList.parse("t.tsv", List.of("# comment", "version\t3", "group\tterm\tvariants",
                "good-people\t孝老爱亲\t孝老敬亲", "core-values\t诚信"));
        assertEquals("3", list.version());
        assertEquals(List.of("孝老敬亲", ""), list.column("variants"));
    }

    @Test
    void aListWithoutVersionOrEntriesOrWithAnOverlongRowIsRejectedWithItsName() {
        CivcredException noVersion = assertThrows(CivcredException.class,
                () -> TermList.parse("t.tsv", List.of("group\tterm", "a\tb")));
        assertTrue(noVersion.getMessage().contains("t.tsv"), noVersion.getMessage());
        assertThrows(CivcredException.class, () -> TermList.parse("t.tsv", List.of("version\t1", "group\tterm")));
        assertThrows(CivcredException.class, () -> TermList.parse("t.tsv", List.of("version\t1", "group\tterm", "a\tb\tc")));
        assertThrows(CivcredException.class, () -> TermList.parse("t.tsv", List.of("version\t1", "a\tb", "x\ty")).column("nope"));
    }
}
