package org.civcred.mirror.fault;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides, from the seed alone, which request a fault hits: a pure function of (seed, kind,
 * request key), so two runs with one seed fail the same URLs, and whether a given attempt fails
 * is fixed by the kind's failing-attempt count. Pagination traps are decided per list directory
 * and robots.txt faults per host, the units they hit.
 */
public final class FaultPlan {

    private final FaultSpec spec;
    private final long seed;

    public FaultPlan(FaultSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
    }

    public FaultSpec spec() {
        return spec;
    }

    public long seed() {
        return seed;
    }

    /** The page fault planned for a request key (robots.txt and traps excluded), if any. */
    public Optional<FaultSpec.Entry> pageFault(String key) {
        for (FaultSpec.Entry e : spec.entries().values()) {
            if (e.kind() == FaultKind.ROBOTS_5XX || e.kind() == FaultKind.PAGINATION_TRAP) {
                continue;
            }
            if (hits(e, key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The robots.txt fault planned for a host, if any. */
    public Optional<FaultSpec.Entry> robotsFault(String host) {
        return entry(FaultKind.ROBOTS_5XX).filter(e -> hits(e, host));
    }

    /** Whether the list in {@code directory} ends in an endless chain of next pages. */
    public boolean trapped(String directory) {
        return entry(FaultKind.PAGINATION_TRAP).filter(e -> hits(e, directory)).isPresent();
    }

    /** Whether attempt {@code attempt} (1-based) of a request under {@code e} is spoilt; degrading kinds spoil every one. */
    public static boolean fails(FaultSpec.Entry e, int attempt) {
        return e.kind().degrades() || attempt <= e.failingAttempts();
    }

    /** A second deterministic choice for a request, e.g. which 5xx status or Retry-After form. */
    public int variant(String key, int attempt, int choices) {
        return (int) Math.floorMod(mix(hash("variant|" + key) ^ seed ^ attempt), (long) choices);
    }

    private Optional<FaultSpec.Entry> entry(FaultKind kind) {
        return Optional.ofNullable(spec.entries().get(kind));
    }

    private boolean hits(FaultSpec.Entry e, String unit) {
        long h = mix(hash(e.kind().token() + "|" + unit) ^ mix(seed));
        double u = (h >>> 11) * 0x1.0p-53;
        return u < e.rate();
    }

    /** FNV-1a over the UTF-8 bytes: stable across JVMs, unlike String.hashCode mixing with a seed. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser, so that neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
