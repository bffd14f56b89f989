package org.civcred.synth;

import java.time.LocalDate;
import org.civcred.mirror.content.Human;

/**
 * One row of a list page (an edition, an API page, a credit list) as the page writes it.
 *
 * @param personId planted person or distractor id, or null for filler
 * @param link     the page the row links (an edition row's story), or null
 */
record ListRow(String personId, Human who, String name, String region, String category, LocalDate date, String link) {
}
