package org.civcred.crawl;

import java.util.Locale;

/** What a host is doing, as shown on the progress line and in the statistics. */
enum HostState {
    /** A request to it is in flight. */
    ACTIVE,
    /** Work is queued; the politeness delay (or a retry back-off) has not passed yet. */
    WAITING,
    /** Resting after a challenge. */
    RESTING,
    /** Nothing more is sent to it this run; its queue stays in the frontier. */
    STOPPED,
    /** Its queue is empty. */
    DONE;

    String label() {
        return this == RESTING ? "resting-after-challenge" : name().toLowerCase(Locale.ROOT);
    }
}
