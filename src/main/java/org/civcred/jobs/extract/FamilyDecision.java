package org.civcred.jobs.extract;

import java.io.Serializable;

/**
 * Which family a page belongs to and why, as written into {@code documents.family} and
 * {@code family_reason}.
 *
 * @param family {@code credit}, {@code civilization}, or null when nothing decided
 * @param reason e.g. {@code host map: www.wenming.cn}, {@code content: breadcrumb 社会信用信息}, {@code undecided}
 */
public record FamilyDecision(String family, String reason) implements Serializable {

    public static FamilyDecision hostMap(String family, String host) {
        return new FamilyDecision(family, "host map: " + host);
    }

    public static FamilyDecision undecided(String why) {
        return new FamilyDecision(null, why.isEmpty() ? "undecided" : "undecided: " + why);
    }

    public boolean isDecided() {
        return family != null;
    }
}
