package org.civcred.mirror.fault;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the fault layer did, counted as it happened: faults delivered per kind, the request keys
 * each fault hit (with the kind that hit it first), the hosts whose robots.txt failed and the
 * trap pages it invented. Shared by the handler layer and the socket delivery; thread-safe.
 */
public final class FaultCounts {

    private final Map<FaultKind, AtomicLong> injected = new EnumMap<>(FaultKind.class);
    private final Map<String, FaultSpec.Entry> hitKeys = new ConcurrentHashMap<>();
    private final Map<String, FaultSpec.Entry> robotsHosts = new ConcurrentHashMap<>();
    private final Set<String> trapPages = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();

    public FaultCounts() {
        for (FaultKind k : FaultKind.values()) {
            injected.put(k, new AtomicLong());
        }
    }

    void request() {
        requests.incrementAndGet();
    }

    void injected(FaultSpec.Entry e, String key) {
        injected.get(e.kind()).incrementAndGet();
        hitKeys.putIfAbsent(key, e);
    }

    void robotsFailed(FaultSpec.Entry e, String host) {
        injected.get(FaultKind.ROBOTS_5XX).incrementAndGet();
        robotsHosts.putIfAbsent(host, e);
    }

    void trapPage(String key) {
        injected.get(FaultKind.PAGINATION_TRAP).incrementAndGet();
        trapPages.add(key);
    }

    public long requests() {
        return requests.get();
    }

    public long injected(FaultKind kind) {
        return injected.get(kind).get();
    }

    public long injectedTotal() {
        return injected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Request key → the fault that hit it (first one), for judging recoverability. */
    public Map<String, FaultSpec.Entry> hitKeys() {
        return Map.copyOf(hitKeys);
    }

    public Map<String, FaultSpec.Entry> robotsHosts() {
        return Map.copyOf(robotsHosts);
    }

    /** Keys of list pages the trap invented; they exist only under the fault. */
    public Set<String> trapPages() {
        return Set.copyOf(trapPages);
    }

    /** Faults per kind in snake_case, every kind present. */
    public Map<String, Long> perKind() {
        Map<String, Long> out = new LinkedHashMap<>();
        injected.forEach((k, n) -> out.put(k.jsonName(), n.get()));
        return out;
    }

    /** The figures {@code /__civcred/faults.json} serves. */
    public Map<String, Object> json(FaultPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", plan.spec().toString());
        out.put("seed", plan.seed());
        out.put("requests", requests());
        out.put("faults_injected", injectedTotal());
        out.put("per_kind", perKind());
        out.put("urls_hit", hitKeys.size());
        out.put("robots_hosts_hit", new TreeMap<>(robotsHosts).keySet());
        out.put("trap_pages", trapPages.size());
        return out;
    }
}
