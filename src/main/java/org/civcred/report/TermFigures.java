package org.civcred.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The vocabulary both families use, from overlap_terms. A family's share of a term is the documents
 * containing it (sum of doc_count) over the family's documents (sum of docs_in_cell over its distinct
 * family × month × province cells), so months and provinces with more pages weigh more.
 *
 * @param creditDocs   credit documents in overlap_terms' cells
 * @param civDocs      civilization documents in those cells
 * @param termsSeen    distinct terms in the table
 * @param shared       terms found in both families, most shared first (by the smaller of the two shares)
 */
public record TermFigures(long creditDocs, long civDocs, long termsSeen, List<SharedTerm> shared) {

    /** One term both families use. */
    public record SharedTerm(String term, String group, long creditDocs, long civDocs, double creditShare,
                             double civShare) {
    }

    public static TermFigures of(Dataset<Row> terms) {
        Map<String, Long> familyDocs = new HashMap<>();
        terms.select("family", "month", "province_code", "docs_in_cell").distinct()
                .groupBy("family").agg(functions.sum("docs_in_cell")).collectAsList()
                .forEach(r -> familyDocs.put(r.getString(0), r.getLong(1)));
        Map<String, long[]> perTerm = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (Row r : terms.groupBy("term", "family").agg(functions.sum("doc_count"), functions.first("term_group"))
                .collectAsList()) {
            long[] docs = perTerm.computeIfAbsent(r.getString(0), t -> new long[2]);
            docs["credit".equals(r.getString(1)) ? 0 : 1] += r.getLong(2);
            groups.put(r.getString(0), r.getString(3));
        }
        long credit = familyDocs.getOrDefault("credit", 0L);
        long civ = familyDocs.getOrDefault("civilization", 0L);
        List<SharedTerm> shared = new ArrayList<>();
        perTerm.forEach((term, docs) -> {
            if (docs[0] > 0 && docs[1] > 0) {
                shared.add(new SharedTerm(term, groups.get(term), docs[0], docs[1], share(docs[0], credit),
                        share(docs[1], civ)));
            }
        });
        shared.sort(Comparator.comparingDouble((SharedTerm t) -> Math.min(t.creditShare(), t.civShare())).reversed()
                .thenComparing(Comparator.comparingDouble((SharedTerm t) -> t.creditShare() + t.civShare()).reversed())
                .thenComparing(SharedTerm::term));
        return new TermFigures(credit, civ, perTerm.size(), List.copyOf(shared));
    }

    /** The first {@code n} shared terms. */
    public List<SharedTerm> top(int n) {
        return shared.subList(0, Math.min(n, shared.size()));
    }

    private static double share(long docs, long total) {
        return total == 0 ? 0 : (double) docs / total;
    }
}
