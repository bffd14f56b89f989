package org.civcred.crawl;

import org.civcred.model.FetchOutcome;

/**
 * What the guard decided about a discovered request.
 *
 * @param decision      accept (queue it), drop (silently: off-site, wrong scheme, out of scope) or
 *                      refuse (record it once as a lone metadata record, never send it)
 * @param outcome       for a refusal: blocked, trap or challenge
 * @param reason        one line for logs and the record's detail
 * @param challengeKind for a refused defence endpoint, {@link Challenge#CAPTCHA_ENDPOINT}; else null
 */
record Verdict(Decision decision, FetchOutcome outcome, String reason, String challengeKind) {

    enum Decision { ACCEPT, DROP, REFUSE }

    static final Verdict ACCEPT = new Verdict(Decision.ACCEPT, null, "", null);

    static Verdict drop(String reason) {
        return new Verdict(Decision.DROP, null, reason, null);
    }

    static Verdict refuse(FetchOutcome outcome, String reason) {
        return new Verdict(Decision.REFUSE, outcome, reason, null);
    }

    static Verdict challenge(Challenge c) {
        return new Verdict(Decision.REFUSE, FetchOutcome.CHALLENGE, c.detail(), c.kind());
    }
}
