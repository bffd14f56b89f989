package org.civcred.jobs.resolve;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a group of entries says about one subject: gender, birth month, the finest region, masked identity
 * numbers. Two groups may be the same subject only when nothing they both state disagrees:
 * <ul>
 *   <li>gender equal, or unknown on one side;</li>
 *   <li>birth month equal, or unknown on one side;</li>
 *   <li>regions nested (桐柏县 lies in 南阳市, which lies in 河南省), or unknown on one side;</li>
 *   <li>masked identity numbers: two masked the same way must be equal (differently masked ones cannot be
 *       compared and do not count).</li>
 * </ul>
 * A group's profile keeps the most specific value known, so a chain of "unknown" links can never join two
 * subjects that disagree.
 */
public record Profile(String gender, String birthYm, String regionCode, Set<String> idMasks) {

    public Profile {
        idMasks = Set.copyOf(idMasks);
    }

    public static Profile of(Member m) {
        return new Profile(m.gender(), m.birthYm(), m.regionCode(), m.idMasked() == null ? Set.of() : Set.of(m.idMasked()));
    }

    public boolean compatible(Profile other) {
        return agrees(gender, other.gender) && agrees(birthYm, other.birthYm)
                && nested(regionCode, other.regionCode) && idsAgree(idMasks, other.idMasks);
    }

    /** The union; call only on compatible profiles. */
    public Profile merge(Profile other) {
        Set<String> ids = new TreeSet<>(idMasks);
        ids.addAll(other.idMasks);
        return new Profile(gender != null ? gender : other.gender, birthYm != null ? birthYm : other.birthYm,
                finer(regionCode, other.regionCode), ids);
    }

    /** How many attributes both state and agree on: a stronger link is tried first. */
    public int agreement(Profile other) {
        int score = 0;
        score += gender != null && gender.equals(other.gender) ? 1 : 0;
        score += birthYm != null && birthYm.equals(other.birthYm) ? 2 : 0;
        score += regionCode != null && regionCode.equals(other.regionCode) ? depth(regionCode) : 0;
        for (String id : idMasks) {
            score += other.idMasks.contains(id) ? 4 : 0;
        }
        return score;
    }

    private static boolean agrees(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** Whether one region code lies within the other (or either is unknown). */
    public static boolean nested(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String pa = prefix(a);
        String pb = prefix(b);
        return pa.startsWith(pb) || pb.startsWith(pa);
    }

    private static String finer(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return prefix(a).length() >= prefix(b).length() ? a : b;
    }

    /** 1 for a province, 2 for a prefecture, 3 for a county. */
    static int depth(String code) {
        return Math.max(1, prefix(code).length() / 2);
    }

    /** The code without its trailing zero pairs: 410000 → 41, 411300 → 4113, 411330 → 411330. */
    static String prefix(String code) {
        return code.replaceFirst("(00)+$", "");
    }

    private static boolean idsAgree(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (sameShape(x, y) && !Objects.equals(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Same length and asterisks in the same places. */
    static boolean sameShape(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            if ((x.charAt(i) == '*') != (y.charAt(i) == '*')) {
                return false;
            }
        }
        return true;
    }
}
