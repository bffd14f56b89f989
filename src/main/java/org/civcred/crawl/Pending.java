package org.civcred.crawl;

/**
 * A queued request and the attempt it will be.
 *
 * @param entry   the journaled request
 * @param attempt 1-based; continues across resumed runs so retry budgets survive a crash
 */
record Pending(FrontierEntry entry, int attempt) {

    Pending next() {
        return new Pending(entry, attempt + 1);
    }
}
