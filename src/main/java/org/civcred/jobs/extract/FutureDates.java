package org.civcred.jobs.extract;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.civcred.tables.TableSchema;

/**
 * Nulls dates that lie after the page was fetched. {@link org.civcred.text.DateNormalizer} already
 * refuses impossible dates (years outside 1900–2100, 2 月 30 日); a publication or listing date
 * after the capture is possible as text but not as a fact — a typo ({@code 2099} for {@code 2019})
 * or a placeholder. As with unreadable dates and regions, the typed column is nulled and the text
 * stays in its {@code _raw} column, so the value is never lost and a reader can see why it is empty.
 * One day of tolerance covers a site clock or time zone ahead of the crawler's.
 */
final class FutureDates {

    private static final int PUBLISHED = TableSchema.load("documents").structType().fieldIndex("published_date");
    private static final int DOC_FETCH = TableSchema.load("documents").structType().fieldIndex("fetch_time");
    private static final int LISTED = TableSchema.load("list_entries").structType().fieldIndex("list_date");

    private FutureDates() {
    }

    /** The documents row with {@code published_date} nulled when after the fetch. */
    static Row document(Row document) {
        return nullIfAfter(document, PUBLISHED, (Timestamp) document.get(DOC_FETCH));
    }

    /** The list_entries row with {@code list_date} nulled when after the page's fetch. */
    static Row entry(Row entry, Timestamp fetchTime) {
        return nullIfAfter(entry, LISTED, fetchTime);
    }

    private static Row nullIfAfter(Row row, int index, Timestamp fetchTime) {
        if (fetchTime == null || row.isNullAt(index)) {
            return row;
        }
        LocalDate latest = fetchTime.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        if (!((Date) row.get(index)).toLocalDate().isAfter(latest)) {
            return row;
        }
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == index ? null : row.get(i);
        }
        return row.schema() == null ? RowFactory.create(values) : new GenericRowWithSchema(values, row.schema());
    }
}
