package org.civcred.synth;

import org.civcred.mirror.site.Column;

/**
 * A TRS column of the corpus and how many articles each block adds to it. For a listed column
 * {@code perBlock} is a multiple of the column's page size, so every block adds whole list pages and
 * the list page numbers and {@code countPage} are known before the first block is written; an
 * unlisted column (page size 0) is reached through links from other articles only.
 */
record ColumnSpec(Column column, int perBlock, String kind) {
}
