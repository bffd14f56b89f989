package org.civcred.text;

/**
 * The canonical category of a raw label, or none.
 *
 * @param id      the canonical id ({@code altruistic}, {@code integrity_star} …), empty when unknown
 * @param raw     the label as given, always kept so unknown labels can be reviewed and added
 * @param variant the vocabulary entry that matched, in key form; empty when unknown
 */
public record CategoryMatch(String id, String raw, String variant) {

    public boolean isKnown() {
        return !id.isEmpty();
    }
}
