package org.civcred.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rules every table contract follows, checked over all schema resources. */
class TableSchemaTest {

    @Test
    void everyColumnOfEveryTableIsDescribedAndEveryKeyIsNotNull() {
        for (String t : TableCatalog.ALL) {
            TableSchema s = TableSchema.load(t);
            assertFalse(s.description().isBlank(), t);
            for (TableSchema.Column c : s.columns()) {
                assertFalse(c.description() == null || c.description().isBlank(), t + "." + c.name() + " has no description");
            }
            for (String key : s.keys()) {
                TableSchema.Column c = s.columns().stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow();
                assertFalse(c.nullable(), t + "." + key + " is a key and must be NOT NULL");
            }
            s.structType();
        }
    }

    @Test
    void silverTablesKeepAChangeDataFeedAndGoldTablesAreListedAsGold() {
        for (String t : TableCatalog.ALL) {
            TableSchema s = TableSchema.load(t);
            if (s.layer().equals("silver")) {
                assertTrue(s.changeDataFeed(), t + " is silver and must keep a change data feed");
            }
            assertTrue(TableCatalog.GOLD.contains(t) == s.isGold(), t + " layer " + s.layer());
        }
    }
}
