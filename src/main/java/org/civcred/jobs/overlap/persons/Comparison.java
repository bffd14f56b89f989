package org.civcred.jobs.overlap.persons;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The comparisons of a civilization entity with a credit entity, each giving one agreement level.
 * Every comparison also has the level {@link #UNKNOWN} (a value missing on either side), whose weight is
 * zero: absence of evidence is not evidence. Levels are listed from strongest agreement to strongest
 * disagreement.
 */
public enum Comparison {

    /** exact: same normalised name; variant: same surname and length, one character differs; different. */
    NAME(List.of("exact", "variant", "different")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            if (civ.name().equals(credit.name())) {
                return "exact";
            }
            return oneCharacterApart(civ, credit) ? "variant" : "different";
        }
    },
    /** The finest level both regions share; a conflict within one prefecture is told from a wider one. */
    REGION(List.of("county", "prefecture", "province", "county_conflict", "conflict")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            if (civ.regionCode() == null || credit.regionCode() == null || civ.provinceCode() == null
                    || credit.provinceCode() == null) {
                return UNKNOWN;
            }
            if (!civ.provinceCode().equals(credit.provinceCode())) {
                return "conflict";
            }
            if (civ.prefectureCode() == null || credit.prefectureCode() == null) {
                return "province";
            }
            if (!civ.prefectureCode().equals(credit.prefectureCode())) {
                return "conflict";
            }
            boolean civCounty = isCounty(civ.regionCode());
            boolean creditCounty = isCounty(credit.regionCode());
            if (civCounty && creditCounty) {
                return civ.regionCode().equals(credit.regionCode()) ? "county" : "county_conflict";
            }
            return "prefecture";
        }
    },
    GENDER(List.of("agree", "disagree")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            if (civ.gender() == null || credit.gender() == null) {
                return UNKNOWN;
            }
            return civ.gender().equals(credit.gender()) ? "agree" : "disagree";
        }
    },
    /** exact month; same year, other month; differ. */
    BIRTH(List.of("exact", "year", "differ")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            if (civ.birthYm() == null || credit.birthYm() == null) {
                return UNKNOWN;
            }
            if (civ.birthYm().equals(credit.birthYm())) {
                return "exact";
            }
            return civ.birthYm().substring(0, 4).equals(credit.birthYm().substring(0, 4)) ? "year" : "differ";
        }
    },
    /**
     * same: a good-people category on both sides in common; differ: both known, none in common;
     * compatible: one side has no category but an honour that commends one the other side has
     * (诚信之星 and 守信激励 commend honesty).
     */
    CATEGORY(List.of("same", "compatible", "differ")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            if (!civ.categories().isEmpty() && !credit.categories().isEmpty()) {
                return intersects(civ.categories(), credit.categories()) ? "same" : "differ";
            }
            Set<String> known = civ.categories().isEmpty() ? credit.categories() : civ.categories();
            Set<String> implied = implied(civ.categories().isEmpty() ? civ.honours() : credit.honours());
            return intersects(known, implied) ? "compatible" : UNKNOWN;
        }
    },
    /** Order and distance of the first dates: civilization first, credit first (both within three years), far. */
    DATES(List.of("civ_first", "credit_first", "far")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            if (civ.firstDate() == null || credit.firstDate() == null) {
                return UNKNOWN;
            }
            long lag = ChronoUnit.DAYS.between(civ.firstDate().toLocalDate(), credit.firstDate().toLocalDate());
            if (Math.abs(lag) > NEAR_DAYS) {
                return "far";
            }
            return lag >= 0 ? "civ_first" : "credit_first";
        }
    },
    /** What the credit side lists the person on: commendations only, black lists only, or both. */
    KINDS(List.of("commendation", "mixed", "black")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            boolean black = credit.listKinds().contains("black");
            boolean commended = credit.listKinds().contains("red") || credit.listKinds().contains("honour");
            if (black) {
                return commended ? "mixed" : "black";
            }
            return commended ? "commendation" : UNKNOWN;
        }
    },
    /**
     * Keyed hashes of masked identity numbers on both sides: one shared, or none shared (weak: two sites may
     * mask the same number differently, which gives different hashes).
     */
    ID(List.of("agree", "differ")) {
        @Override
        String level(PersonSide civ, PersonSide credit) {
            if (civ.idHashes().isEmpty() || credit.idHashes().isEmpty()) {
                return UNKNOWN;
            }
            return intersects(civ.idHashes(), credit.idHashes()) ? "agree" : "differ";
        }
    };

    /** The level of a comparison a value is missing for; weight 0. */
    public static final String UNKNOWN = "unknown";
    private static final long NEAR_DAYS = 3 * 365;
    private static final Set<String> HONESTY_HONOURS = Set.of("integrity_star", "trust_reward");

    private final List<String> levels;

    Comparison(List<String> levels) {
        this.levels = levels;
    }

    /** Levels other than {@link #UNKNOWN}, strongest agreement first. */
    public List<String> levels() {
        return levels;
    }

    /** Lower-case name used in the model resource and the evidence JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    abstract String level(PersonSide civ, PersonSide credit);

    private static boolean isCounty(String code) {
        return !code.endsWith("00");
    }

    /** Without copying either set: the u estimate calls this millions of times. */
    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String x : small) {
            if (large.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> implied(Set<String> honours) {
        return honours.stream().anyMatch(HONESTY_HONOURS::contains) ? Set.of("honest") : Set.of();
    }

    private static boolean oneCharacterApart(PersonSide civ, PersonSide credit) {
        String a = civ.name();
        String b = credit.name();
        if (a.length() != b.length() || a.length() < 2 || !Objects.equals(civ.surname(), credit.surname())
                || civ.surname().isEmpty()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differences == 1;
    }
}
