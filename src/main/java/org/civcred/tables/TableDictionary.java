package org.civcred.tables;

import java.util.List;

/**
 * The researchers' table dictionary ({@code docs/tables.md}), generated from the schema resources so
 * it cannot drift from what the jobs write. A test compares the committed file with this output.
 */
public final class TableDictionary {

    /**
     * Why no table is partitioned, in the researchers' words. Partitioning pays when queries filter
     * on the partition column and each partition still holds files of a good size (Delta's own
     * guidance: a gigabyte or more per partition). Neither holds here: the jobs read their inputs
     * through the Change Data Feed or whole, never by family, host or crawl; lookups go by key
     * (capture_id, doc_id), which file statistics serve; and at a million pages the largest table
     * (captures, with the payloads) is a few gigabytes, so partitions by family, host or batch
     * would only multiply small files. Partitioning is read when a table is created, so a change of
     * it applies to new data directories only; an existing one keeps its layout until rebuilt
     * (bin/civcred run all --full into a fresh directory).
     */
    private static final String LAYOUT = "File layout: no table is partitioned. The jobs read their inputs through the Change Data\n"
            + "Feed or whole, never filtered by family, host or crawl, and lookups go by key (`capture_id`, `doc_id`),\n"
            + "which Delta's file statistics serve; at a million pages the largest table (`captures`, with the payloads)\n"
            + "holds a few gigabytes, so partitions would only multiply small files. Small files are compacted instead:\n"
            + "after a job writes a table holding `tables.optimize.min-files` files or more that average under half of\n"
            + "`tables.optimize.target-file-size`, Delta OPTIMIZE bin-packs them (rows, time travel and the change feed\n"
            + "are unaffected); `bin/civcred optimize` does it by hand. Partitioning is fixed when a table is created:\n"
            + "a later change applies to new data directories, an existing one keeps its layout until rebuilt.\n\n";

    private TableDictionary() {
    }

    public static String markdown(List<String> tables) {
        StringBuilder md = new StringBuilder();
        md.append("# civcred tables\n\n")
          .append("Generated from `src/main/resources/schemas/*.json`; do not edit by hand.\n")
          .append("Every table is a Delta table under `<data>/tables/<name>` and is available by name in\n")
          .append("`bin/civcred sql`. Layers: bronze (raw captures), silver (cleaned, deduplicated, resolved),\n")
          .append("gold (the overlap datasets), ops (runs and quarantine).\n\n")
          .append(LAYOUT);
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
