package org.civcred.tables;

import java.util.List;

/**
 * The researchers' table dictionary ({@code docs/tables.md}), generated from the schema resources so
 * it cannot drift from what the jobs write. A test compares the committed file with this output.
 */
public final class TableDictionary {

    private TableDictionary() {
    }

    public static String markdown(List<String> tables) {
        StringBuilder md = new StringBuilder();
        md.append("# civcred tables\n\n")
          .append("Generated from `src/main/resources/schemas/*.json`; do not edit by hand.\n")
          .append("Every table is a Delta table under `<data>/tables/<name>` and is available by name in\n")
          .append("`bin/civcred sql`. Layers: bronze (raw captures), silver (cleaned, deduplicated, resolved),\n")
          .append("gold (the overlap datasets), ops (runs and quarantine).\n\n");
        for (String t : tables) {
            TableSchema s = TableSchema.load(t);
            md.append("- [").append(t).append("](#").append(t).append(") (").append(s.layer()).append("): ")
              .append(s.description()).append('\n');
        }
        for (String t : tables) {
            TableSchema s = TableSchema.load(t);
            md.append("\n## ").append(t).append("\n\n").append(s.description()).append("\n\n")
              .append("Layer: ").append(s.layer()).append(". Key: `").append(String.join("`, `", s.keys())).append("`.");
            if (!s.partitionBy().isEmpty()) {
                md.append(" Partitioned by `").append(String.join("`, `", s.partitionBy())).append("`.");
            }
            if (s.changeDataFeed()) {
                md.append(" Change Data Feed on.");
            }
            md.append("\n\n| column | type | null | description |\n|---|---|---|---|\n");
            for (TableSchema.Column c : s.columns()) {
                md.append("| `").append(c.name()).append("` | ").append(c.type().replace("<", "&lt;").replace(">", "&gt;"))
                  .append(" | ").append(c.nullable() ? "yes" : "no").append(" | ")
                  .append(c.description().replace("|", "\\|")).append(" |\n");
            }
            if (!s.constraints().isEmpty()) {
                md.append("\nConstraints:\n\n");
                s.constraints().forEach((name, expr) -> md.append("- `").append(name).append("`: `").append(expr).append("`\n"));
            }
        }
        return md.toString();
    }
}
