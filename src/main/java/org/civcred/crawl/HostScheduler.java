package org.civcred.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host queues with politeness: at most one request in flight per host, and none before the
 * host's ready time (last request + delay, or the end of a back-off or challenge rest).
 *
 * <p>Workers call {@link #take()} and, when done with what it handed them, {@link #release}.
 * {@code take()} returns null once no host has dispatchable work and nothing is in flight (the
 * crawl is over), or after {@link #close()}. Hosts that are stopped keep their queues, which are
 * reported as deferred.
 */
final class HostScheduler {

    /** A request handed to a worker; its host stays busy until released. */
    record Dispatch(String host, Pending pending) {
    }

    /** A snapshot of one host for progress and statistics. */
    record HostView(String host, HostState state, int queued) {
    }

    private static final class Lane {
        final Deque<Pending> queue = new ArrayDeque<>();
        Instant readyAt = Instant.EPOCH;
        Instant restingUntil = Instant.EPOCH;
        boolean busy;
        boolean stopped;
    }

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private boolean closed;
    private int inFlight;

    HostScheduler(Clock clock) {
        this.clock = clock;
    }

    /** Queues a request at the back of its host's queue. */
    void add(Pending p) {
        withLock(() -> lane(p.entry().hostKey()).queue.addLast(p));
    }

    /** Puts a request back at the front (a retry, or one that could not be sent yet). */
    void addFirst(Pending p) {
        withLock(() -> lane(p.entry().hostKey()).queue.addFirst(p));
    }

    /** Blocks until some host may be sent a request; null when the crawl is over. */
    Dispatch take() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    return null;
                }
                Map.Entry<String, Lane> best = null;
                for (Map.Entry<String, Lane> e : lanes.entrySet()) {
                    Lane l = e.getValue();
                    if (!l.busy && !l.stopped && !l.queue.isEmpty()
                            && (best == null || l.readyAt.isBefore(best.getValue().readyAt))) {
                        best = e;
                    }
                }
                if (best == null) {
                    if (inFlight == 0) {
                        changed.signalAll();
                        return null;
                    }
                    changed.await();
                    continue;
                }
                Instant now = clock.instant();
                Lane lane = best.getValue();
                if (!lane.readyAt.isAfter(now)) {
                    lane.busy = true;
                    inFlight++;
                    return new Dispatch(best.getKey(), lane.queue.pollFirst());
                }
                changed.awaitNanos(Math.max(1, Duration.between(now, lane.readyAt).toNanos()));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Frees the host; its next request may go out {@code wait} from now (or later, if already set later). */
    void release(String host, Duration wait) {
        withLock(() -> {
            Lane lane = lane(host);
            if (lane.busy) {
                lane.busy = false;
                inFlight--;
            }
            Instant next = clock.instant().plus(wait);
            if (next.isAfter(lane.readyAt)) {
                lane.readyAt = next;
            }
        });
    }

    /** The host answered with a challenge: nothing goes to it for {@code rest}. */
    void rest(String host, Duration rest) {
        withLock(() -> {
            Lane lane = lane(host);
            lane.restingUntil = clock.instant().plus(rest);
            if (lane.restingUntil.isAfter(lane.readyAt)) {
                lane.readyAt = lane.restingUntil;
            }
        });
    }

    /** Nothing more goes to the host this run; its queue stays (deferred). */
    void stop(String host) {
        withLock(() -> lane(host).stopped = true);
    }

    /** Stops all dispatching (page budget reached); in-flight work still finishes. */
    void close() {
        withLock(() -> closed = true);
    }

    /** Requests still queued: deferred to a later run once the crawl is over. */
    long queued() {
        lock.lock();
        try {
            return lanes.values().stream().mapToLong(l -> l.queue.size()).sum();
        } finally {
            lock.unlock();
        }
    }

    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    List<HostView> view() {
        lock.lock();
        try {
            Instant now = clock.instant();
            List<HostView> views = new ArrayList<>();
            lanes.forEach((host, l) -> views.add(new HostView(host, stateOf(l, now), l.queue.size())));
            return views;
        } finally {
            lock.unlock();
        }
    }

    private static HostState stateOf(Lane l, Instant now) {
        if (l.stopped) {
            return HostState.STOPPED;
        }
        if (l.busy) {
            return HostState.ACTIVE;
        }
        if (l.queue.isEmpty()) {
            return HostState.DONE;
        }
        return l.restingUntil.isAfter(now) ? HostState.RESTING : HostState.WAITING;
    }

    private Lane lane(String host) {
        return lanes.computeIfAbsent(host, h -> new Lane());
    }

    private void withLock(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
