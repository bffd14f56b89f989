package org.civcred.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/tables.md must be what the schemas say; run with -Dgolden.update=true to rewrite it. */
class TableDictionaryTest {

    @Test
    void theCommittedDictionaryMatchesTheSchemas() throws Exception {
        Path doc = Path.of("docs", "tables.md");
        String generated = TableDictionary.markdown(TableCatalog.ALL);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, generated);
        }
        assertEquals(generated, Files.readString(doc), "docs/tables.md is stale: rerun this test with -Dgolden.update=true");
    }
}
