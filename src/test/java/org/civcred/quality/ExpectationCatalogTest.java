package org.civcred.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civcred.config.CivcredException;
import org.civcred.tables.TableCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading expectation files: the built-in set, extra directories, and declarations refused with a clear message. */
class ExpectationCatalogTest {

    @Test
    void everyTableThePipelineWritesHasBuiltInExpectations() {
        ExpectationCatalog catalog = ExpectationCatalog.load(null);
        for (String table : TableCatalog.ALL) {
            if (!table.equals(DqResults.TABLE)) {
                assertFalse(catalog.forTable(table).isEmpty(), table + " has no expectations");
            }
        }
        assertTrue(catalog.forTable("quarantine").stream().anyMatch(e -> e.kind() == Kind.RATIO));
        assertTrue(catalog.forTable("documents").stream().anyMatch(e -> e.kind() == Kind.SHARE));
    }

    @Test
    void anExtraDirectoryAddsToTheBuiltInExpectations(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("documents.yaml"), """
                table: documents
                expectations:
                  - name: enough_documents
                    severity: warn
                    kind: row_count
                    min: 500
                """);
        int builtIn = ExpectationCatalog.load(null).forTable("documents").size();
        List<Expectation> all = ExpectationCatalog.load(dir).forTable("documents");
        assertEquals(builtIn + 1, all.size());
        assertEquals(">= 500", all.get(all.size() - 1).threshold());
    }

    @Test
    void anExpectationMissingWhatItsKindNeedsIsRefusedByName() {
        CivcredException e = assertThrows(CivcredException.class, () -> ExpectationCatalog.of("""
                table: documents
                expectations:
                  - name: region_share
                    severity: hard
                    kind: share
                    min: 0.6
                """));
        assertEquals(3, e.exitCode());
        assertTrue(e.getMessage().contains("'region_share'") && e.getMessage().contains("needs predicate"), e.getMessage());
    }

    @Test
    void anUnknownKindOrKeyIsRefusedWithTheFileNamed() {
        CivcredException kind = assertThrows(CivcredException.class, () -> ExpectationCatalog.of("""
                table: documents
                expectations:
                  - {name: x, severity: hard, kind: regex, columns: [url]}
                """));
        assertTrue(kind.getMessage().contains("inline YAML") && kind.getMessage().contains("kind must be one of"),
                kind.getMessage());
        CivcredException key = assertThrows(CivcredException.class, () -> ExpectationCatalog.of("""
                table: documents
                expectations:
                  - {name: x, severity: hard, kind: not_null, colums: [url]}
                """));
        assertTrue(key.getMessage().contains("colums"), key.getMessage());
    }

    @Test
    void anUnknownTableOrARepeatedNameIsRefused() {
        assertThrows(CivcredException.class, () -> ExpectationCatalog.of("table: docs\nexpectations: []\n"));
        CivcredException twice = assertThrows(CivcredException.class, () -> ExpectationCatalog.of("""
                table: documents
                expectations:
                  - {name: x, severity: hard, kind: not_null, columns: [url]}
                  - {name: x, severity: warn, kind: row_count, min: 1}
                """));
        assertTrue(twice.getMessage().contains("declared twice"), twice.getMessage());
    }

    @Test
    void thresholdsReadAsConditions() {
        Expectation offenders = new Expectation("a", Severity.HARD, Kind.SQL, null, null, null, null, "SELECT 1", null, 2.0);
        Expectation range = new Expectation("b", Severity.HARD, Kind.SHARE, null, null, "true", null, null, 0.25, 0.75);
        assertEquals("<= 2", offenders.threshold());
        assertTrue(offenders.accepts(2) && !offenders.accepts(3));
        assertEquals("between 0.25 and 0.75", range.threshold());
        assertTrue(range.accepts(0.5) && !range.accepts(0.8) && !range.accepts(0.2));
    }
}
