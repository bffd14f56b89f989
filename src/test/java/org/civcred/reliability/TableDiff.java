package org.civcred.reliability;

import java.util.List;

/**
 * One table of the killed run against the uninterrupted one, as multisets of content rows
 * ({@link RowText#content}).
 *
 * @param lost       rows the reference has more often than the killed run (counted with multiplicity)
 * @param duplicates extra copies in the killed run of rows the reference has
 * @param unexpected rows of the killed run the reference does not have at all
 * @param examples   a few differing rows, shortened, for the report
 */
record TableDiff(String table, long referenceRows, long rows, long lost, long duplicates, long unexpected,
                 List<String> examples) {

    boolean same() {
        return lost == 0 && duplicates == 0 && unexpected == 0;
    }
}
