package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which documents carry prose: articles, stories, releases and details, not lists or API pages.
 *
 * <p>A list, index, edition or API page is a container of rows: its text is the titles or fields of
 * whatever the column holds that day, so page 1 and page 2 of a column, or two editions of a list,
 * share most of their characters without being copies of anything. Deduplicating them would form
 * meaningless clusters; their rows are matched as entities instead (list_entries). Documents below
 * a minimum length are left out as well: a caption or a one-line notice has too few shingles for
 * Jaccard to mean anything. The page-type pattern is a setting so that new profiles can join in.
 */
public final class TextDocuments {

    private TextDocuments() {
    }

    /** Documents whose page type is not a container and whose body has at least {@code minChars} characters. */
    public static Dataset<Row> select(Dataset<Row> documents, int minChars, String skipPageTypes) {
        return documents.where(isProse(skipPageTypes).and(col("char_count").geq(minChars)));
    }

    /** Whether the page type is not matched (as a whole) by the skip pattern. */
    public static Column isProse(String skipPageTypes) {
        return not(col("page_type").rlike("^(?:" + skipPageTypes + ")$"));
    }
}
