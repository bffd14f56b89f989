package org.civcred.cli;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.OverlapScore;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.Tables;

/**
 * The demo's closing figures: rows per table, and the precision and recall of the two scored gold
 * tables against the mirror's ground truth. The gold tables of a mirror run hold tens of rows, so
 * reading them onto the driver here is cheap.
 */
final class DemoSummary {

    private DemoSummary() {
    }

    /** Prints the summary; true when both scored tables reach 0.95 precision and recall with no distractor. */
    static boolean print(SparkSession spark, String dataDir, GroundTruth truth, PrintStream out) {
        Tables tables = new Tables(spark, dataDir);
        out.println("tables under " + tables.path("").replaceAll("/$", "") + ":");
        for (String t : TableCatalog.ALL) {
            if (tables.exists(t)) {
                out.printf("  %-18s %8d rows  (version %d)%n", t, tables.read(t).count(), tables.version(t).getAsLong());
            }
        }
        List<OverlapScore.PersonPair> pairs = tables.read("overlap_persons")
                .select("name", "civ_urls", "credit_urls").collectAsList().stream()
                .map(r -> new OverlapScore.PersonPair(r.getString(0), r.getList(1), r.getList(2))).toList();
        List<OverlapScore.ArticleMember> members = tables.read("overlap_articles")
                .select("cluster_id", "url", "family").collectAsList().stream()
                .map(r -> new OverlapScore.ArticleMember(r.getString(0), r.getString(1), r.getString(2))).toList();
        OverlapScore.Result persons = OverlapScore.persons(truth, pairs);
        OverlapScore.Result articles = OverlapScore.articles(truth, members);
        out.println(persons.line("overlap_persons vs ground truth"));
        out.println(articles.line("overlap_articles vs ground truth"));
        details(out, "  person pair not in the ground truth: ", persons.falsePositives());
        details(out, "  planted person not found: ", persons.missed());
        details(out, "  distractor matched: ", persons.distractorHits());
        details(out, "  article pair not in the ground truth: ", articles.falsePositives(), articles.wrong());
        details(out, "  planted republication not found: ", articles.missed());
        return good(persons) && good(articles);
    }

    private static boolean good(OverlapScore.Result r) {
        return r.precision() >= 0.95 && r.recall() >= 0.95 && r.distractorHits().isEmpty();
    }

    private static void details(PrintStream out, String prefix, List<String> items) {
        details(out, prefix, items, items.size());
    }

    /** The first five items, then how many more there are of {@code total} (items may hold only examples). */
    private static void details(PrintStream out, String prefix, List<String> items, long total) {
        items.stream().limit(5).forEach(i -> out.println(prefix + i));
        long shown = Math.min(5, items.size());
        if (total > shown) {
            out.println(prefix + "… and " + (total - shown) + " more");
        }
    }
}
