package org.civcred.text;

import java.util.List;

/**
 * The outcome of resolving a place name: one division, several equally good candidates, or nothing.
 *
 * @param code         the six-digit code when exactly one division fits; empty otherwise
 * @param level        the level of that division; null when unresolved
 * @param province     the province-level name of the division, or empty
 * @param prefecture   the prefecture-level name ({@link RegionNormalizer#prefectureOf}'s), or empty
 * @param county       the county-level name, or empty
 * @param candidates   the codes that fit equally well: one when resolved, several when ambiguous, none
 *                     when nothing was recognised
 * @param matchedText  the part of the input that named the place, e.g. {@code 河南省南阳市桐柏县}
 * @param note         how a historic name was mapped ({@code 襄樊市: renamed 襄阳市 (2010)}), or empty
 */
public record RegionMatch(String code, RegionLevel level, String province, String prefecture, String county,
        List<String> candidates, String matchedText, String note) {

    public RegionMatch {
        candidates = List.copyOf(candidates);
    }

    static RegionMatch none() {
        return new RegionMatch("", null, "", "", "", List.of(), "", "");
    }

    static RegionMatch ambiguous(List<String> candidates, String matchedText) {
        return new RegionMatch("", null, "", "", "", candidates, matchedText, "");
    }

    public boolean isResolved() {
        return !code.isEmpty();
    }

    public boolean isAmbiguous() {
        return code.isEmpty() && candidates.size() > 1;
    }
}
