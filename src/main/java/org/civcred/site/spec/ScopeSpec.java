package org.civcred.site.spec;

import java.util.List;

/**
 * Scope rules over whole URLs (Java regexes, {@code find()} semantics). A URL is in scope when
 * its host belongs to the profile, it matches at least one {@code allow} pattern (or
 * {@code allow} is empty), and it matches no {@code deny} pattern.
 */
public record ScopeSpec(List<String> allow, List<String> deny) {

    public ScopeSpec {
        allow = allow == null ? List.of() : List.copyOf(allow);
        deny = deny == null ? List.of() : List.copyOf(deny);
    }
}
