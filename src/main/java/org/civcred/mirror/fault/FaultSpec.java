package org.civcred.mirror.fault;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civcred.config.Errors;

/**
 * Which faults to stage and how often, as written by hand on the command line:
 * <pre>
 *   SPEC  := ENTRY (',' ENTRY)*
 *   ENTRY := all | mixed | none | KIND [':' RATE] (':' NAME '=' VALUE)*
 * </pre>
 * {@code all} turns every kind on at its default rate, {@code mixed} every kind a crawler can
 * recover from (no redirect loops, no oversized pages), {@code none} clears; later entries
 * override earlier ones, so {@code mixed,5xx:0.2:n=3} works. RATE is a share between 0 and 1.
 * Parameters: {@code n} (attempts that fail; {@code always} makes the fault permanent) for every
 * kind, and {@code after=seconds|date}, {@code wait=SECONDS} (429), {@code hold=MS} (timeout),
 * {@code ms=MS} (slow), {@code bytes=N[k|m]} (oversized).
 */
public final class FaultSpec {

    /** One kind switched on. */
    public record Entry(FaultKind kind, double rate, Map<String, String> params) {

        /** Attempts of one URL that go wrong; {@link Integer#MAX_VALUE} for a permanent fault. */
        public int failingAttempts() {
            String n = params.get("n");
            if (n == null) {
                return kind.defaultFailingAttempts();
            }
            return n.equals("always") ? Integer.MAX_VALUE : Integer.parseInt(n);
        }

        public long number(String name, long fallback) {
            String v = params.get(name);
            return v == null ? fallback : parseNumber(kind, name, v);
        }

        public String text(String name, String fallback) {
            return params.getOrDefault(name, fallback);
        }
    }

    private static final Map<FaultKind, Set<String>> PARAMS = new EnumMap<>(Map.of(
            FaultKind.TOO_MANY_REQUESTS, Set.of("after", "wait"),
            FaultKind.TIMEOUT, Set.of("hold"),
            FaultKind.SLOW, Set.of("ms"),
            FaultKind.OVERSIZED, Set.of("bytes")));

    private final Map<FaultKind, Entry> entries;
    private final String text;

    private FaultSpec(Map<FaultKind, Entry> entries, String text) {
        this.entries = Collections.unmodifiableMap(new EnumMap<>(entries));
        this.text = text;
    }

    public static FaultSpec none() {
        return new FaultSpec(Map.of(), "none");
    }

    /** Parses a spec; a bad token stops with an error naming it and the valid kinds. */
    public static FaultSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw bad("an empty fault spec", "");
        }
        Map<FaultKind, Entry> entries = new EnumMap<>(FaultKind.class);
        for (String raw : spec.split(",")) {
            String token = raw.trim().toLowerCase(Locale.ROOT);
            switch (token) {
                case "all" -> preset(entries, false);
                case "mixed" -> preset(entries, true);
                case "none" -> entries.clear();
                default -> {
                    Entry e = entry(token);
                    if (e.rate() == 0) {
                        entries.remove(e.kind());
                    } else {
                        entries.put(e.kind(), e);
                    }
                }
            }
        }
        return new FaultSpec(entries, spec.trim());
    }

    public Map<FaultKind, Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }

    private static void preset(Map<FaultKind, Entry> entries, boolean recoverableOnly) {
        for (FaultKind k : FaultKind.values()) {
            if (!recoverableOnly || !k.permanent()) {
                entries.put(k, new Entry(k, k.defaultRate(), Map.of()));
            }
        }
    }

    private static Entry entry(String token) {
        String[] parts = token.split(":");
        FaultKind kind = FaultKind.byToken(parts[0]).orElseThrow(() -> bad("the unknown fault kind '" + parts[0] + "'", token));
        double rate = kind.defaultRate();
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int eq = part.indexOf('=');
            if (eq < 0) {
                if (i != 1) {
                    throw bad("'" + part + "' (a rate must come right after the kind)", token);
                }
                rate = rate(kind, part, token);
                continue;
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            if (!(name.equals("n") && !kind.degrades()) && !PARAMS.getOrDefault(kind, Set.of()).contains(name)) {
                throw Errors.usage("The fault spec entry '" + token + "' has the unknown parameter '" + name + "'",
                        "Parameters of " + kind.token() + ": " + paramsOf(kind));
            }
            params.put(name, value);
        }
        Entry e = new Entry(kind, rate, Map.copyOf(params));
        check(e, token);
        return e;
    }

    private static void check(Entry e, String token) {
        String n = e.params().get("n");
        if (n != null && !n.equals("always") && !n.matches("\\d{1,3}")) {
            throw Errors.usage("The fault spec entry '" + token + "' has n=" + n,
                    "Give n as a number of failing attempts (0–999) or n=always for a permanent fault");
        }
        String after = e.params().get("after");
        if (after != null && !after.equals("seconds") && !after.equals("date")) {
            throw Errors.usage("The fault spec entry '" + token + "' has after=" + after,
                    "Use after=seconds or after=date (Retry-After as delta-seconds or as an HTTP date)");
        }
        for (String name : new String[] {"wait", "hold", "ms", "bytes"}) {
            if (e.params().containsKey(name)) {
                parseNumber(e.kind(), name, e.params().get(name));
            }
        }
    }

    private static double rate(FaultKind kind, String text, String token) {
        try {
            double r = Double.parseDouble(text);
            if (r >= 0 && r <= 1) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole entry
        }
        throw Errors.usage("The fault spec entry '" + token + "' has the rate '" + text + "'",
                "Give the share of " + kind.token() + " faults as a number from 0 to 1, e.g. " + kind.token() + ":0.05");
    }

    private static long parseNumber(FaultKind kind, String name, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        long unit = v.endsWith("k") ? 1024 : v.endsWith("m") ? 1024 * 1024 : 1;
        String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
        if (!digits.matches("\\d{1,10}")) {
            throw Errors.usage("The fault parameter " + kind.token() + ":" + name + "=" + value + " is not a number",
                    "Give a whole number" + (name.equals("bytes") ? ", optionally with k or m, e.g. bytes=9m" : ""));
        }
        return Long.parseLong(digits) * unit;
    }

    private static String paramsOf(FaultKind kind) {
        String own = PARAMS.getOrDefault(kind, Set.of()).stream().sorted().collect(Collectors.joining(", "));
        String all = kind.degrades() ? own : own.isEmpty() ? "n" : "n, " + own;
        return all.isEmpty() ? "none" : all;
    }

    private static RuntimeException bad(String what, String token) {
        return Errors.usage("The fault spec has " + what + (token.isEmpty() ? "" : " in '" + token + "'"),
                "Write KIND[:RATE][:NAME=VALUE],… with KIND one of " + FaultKind.tokens()
                        + ", or a preset all, mixed or none; e.g. --faults 5xx:0.05,429:0.02,reset:0.01");
    }
}
