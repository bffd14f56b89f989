package org.civcred.mirror.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.civcred.mirror.MirrorHandler;
import org.civcred.mirror.MirrorRequest;
import org.civcred.mirror.MirrorResponse;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Header;

/**
 * Wraps the mirror's handler and stages the planned faults. Requests are counted per request key
 * so that "the n-th attempt" is the n-th request the mirror received for that key. Faults that
 * need the socket (timeouts, slow or short bodies, resets) are passed to {@link WireFaults} as a
 * private header it removes before anything is written. {@code /__civcred/faults.json} on the
 * mirror's own address reports what was injected.
 */
public final class FaultLayer implements MirrorHandler {

    static final String WIRE_HEADER = "X-Civcred-Wire-Fault";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final int[] SERVER_ERRORS = {500, 502, 503};
    private static final String LOOP_PARAM = "civcred-loop=1";

    private final MirrorHandler delegate;
    private final FaultPlan plan;
    private final FaultCounts counts;
    private final Clock clock;
    private final PaginationTrap trap = new PaginationTrap();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public FaultLayer(MirrorHandler delegate, FaultPlan plan, FaultCounts counts, Clock clock) {
        this.delegate = delegate;
        this.plan = plan;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public Optional<MirrorResponse> respond(MirrorRequest request) {
        String path = pathOf(request.url());
        if (path.startsWith("/__civcred/")) {
            return path.equals("/__civcred/faults.json") ? Optional.of(json()) : delegate.respond(request);
        }
        if (request.method().equalsIgnoreCase("HEAD")) {
            return delegate.respond(request);
        }
        counts.request();
        String key = request.method().equalsIgnoreCase("POST") ? CrawlRequest.post(request.url(), request.body()).key()
                : CrawlRequest.get(request.url()).key();
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (path.equals("/robots.txt")) {
            return robots(request, attempt);
        }
        if (request.url().endsWith(LOOP_PARAM)) {
            String back = request.url().substring(0, request.url().length() - LOOP_PARAM.length() - 1);
            return delegate.respond(MirrorRequest.get(back)).map(r -> redirect(back));
        }
        Optional<FaultSpec.Entry> fault = plan.pageFault(key)
                .filter(e -> eligible(e.kind(), request))
                .filter(e -> FaultPlan.fails(e, attempt));
        boolean editsBody = fault.map(e -> editsBody(e.kind())).orElse(false);
        Optional<PaginationTrap.ListUrl> list = PaginationTrap.parse(request.url())
                .filter(l -> plan.trapped(l.directory() + l.prefix()));
        MirrorRequest asked = editsBody || list.isPresent() ? identity(request) : request;
        Optional<MirrorResponse> answer = delegate.respond(asked);
        if (answer.isEmpty()) {
            return answer;
        }
        MirrorResponse response = answer.get();
        if (list.isPresent()) {
            response = trapped(list.get(), key, response);
        }
        if (fault.isEmpty() || response.status() != 200) {
            return Optional.of(response);
        }
        FaultSpec.Entry e = fault.get();
        Optional<MirrorResponse> faulty = stage(e, key, attempt, request, response);
        faulty.ifPresent(f -> counts.injected(e, key));
        return Optional.of(faulty.orElse(response));
    }

    private Optional<MirrorResponse> stage(FaultSpec.Entry e, String key, int attempt, MirrorRequest request,
                                           MirrorResponse ok) {
        String type = ok.header("Content-Type").orElse("");
        boolean html = type.toLowerCase(Locale.ROOT).contains("html");
        return switch (e.kind()) {
            case SERVER_ERROR -> Optional.of(status(SERVER_ERRORS[(attempt - 1) % SERVER_ERRORS.length], List.of()));
            case TOO_MANY_REQUESTS -> Optional.of(status(429, List.of(new Header("Retry-After", retryAfter(e, key, attempt)))));
            case TIMEOUT -> Optional.of(wire(ok, "timeout;" + e.number("hold", 60_000)));
            case SLOW -> Optional.of(wire(ok, "slow;" + e.number("ms", 500)));
            case TRUNCATED -> Optional.of(wire(ok, "truncate"));
            case RESET -> Optional.of(wire(ok, "reset"));
            case REDIRECT_LOOP -> Optional.of(redirect(request.url() + (request.url().contains("?") ? "&" : "?") + LOOP_PARAM));
            case OVERSIZED -> Optional.of(withBody(ok, type, FaultBodies.oversize(ok.body(), e.number("bytes", 9L << 20)), List.of()));
            case CHARSET -> html ? Optional.of(withBody(ok, FaultBodies.wrongCharset(type, ok.body()), ok.body(), List.of()))
                    : Optional.empty();
            case GARBLED -> html ? Optional.of(withBody(ok, type, FaultBodies.garble(ok.body(), plan.variant(key, attempt, 256)),
                    List.of())) : Optional.empty();
            case BROKEN_GZIP -> Optional.of(withBody(ok, type, FaultBodies.brokenGzip(ok.body()),
                    List.of(new Header("Content-Encoding", "gzip"))));
            case PAGINATION_TRAP, ROBOTS_5XX -> Optional.empty();
        };
    }

    private Optional<MirrorResponse> robots(MirrorRequest request, int attempt) {
        String host = request.url().replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:].*$", "").toLowerCase(Locale.ROOT);
        Optional<FaultSpec.Entry> fault = plan.robotsFault(host).filter(e -> FaultPlan.fails(e, attempt));
        Optional<MirrorResponse> real = delegate.respond(request);
        if (fault.isEmpty() || real.isEmpty()) {
            return real;
        }
        counts.robotsFailed(fault.get(), host);
        return Optional.of(status(503, List.of()));
    }

    private MirrorResponse trapped(PaginationTrap.ListUrl list, String key, MirrorResponse response) {
        String type = response.header("Content-Type").orElse("");
        if (response.status() == 200 && type.contains("html")) {
            return trap.extend(list, response.body()).map(b -> withBody(response, type, b, List.of())).orElse(response);
        }
        if (response.status() == 404) {
            Optional<byte[]> invented = trap.invent(list);
            if (invented.isPresent()) {
                counts.trapPage(key);
                return new MirrorResponse(200, List.of(new Header("Server", "nginx"),
                        new Header("Content-Type", "text/html"), new Header("Content-Length",
                        String.valueOf(invented.get().length))), invented.get());
            }
        }
        return response;
    }

    /** Kinds that only make sense for some requests: a loop for GETs, gzip for clients that accept it. */
    private static boolean eligible(FaultKind kind, MirrorRequest request) {
        return switch (kind) {
            case REDIRECT_LOOP -> request.method().equalsIgnoreCase("GET");
            case BROKEN_GZIP -> request.header("Accept-Encoding").orElse("").toLowerCase(Locale.ROOT).contains("gzip");
            default -> true;
        };
    }

    private static boolean editsBody(FaultKind kind) {
        return kind == FaultKind.OVERSIZED || kind == FaultKind.CHARSET || kind == FaultKind.GARBLED
                || kind == FaultKind.BROKEN_GZIP || kind == FaultKind.TRUNCATED || kind == FaultKind.SLOW;
    }

    private String retryAfter(FaultSpec.Entry e, String key, int attempt) {
        long wait = e.number("wait", 1);
        String form = e.text("after", plan.variant(key, attempt, 2) == 0 ? "seconds" : "date");
        // A date has whole seconds only; one second more keeps the wait at least {@code wait}.
        return form.equals("seconds") ? String.valueOf(wait) : HTTP_DATE.format(clock.instant().plusSeconds(wait + 1));
    }

    private static MirrorRequest identity(MirrorRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.keySet().removeIf(h -> h.equalsIgnoreCase("Accept-Encoding"));
        return new MirrorRequest(request.method(), request.url(), request.body(), headers);
    }

    private static MirrorResponse wire(MirrorResponse ok, String how) {
        List<Header> headers = new ArrayList<>(ok.headers());
        headers.add(new Header(WIRE_HEADER, how));
        return new MirrorResponse(ok.status(), headers, ok.body());
    }

    private static MirrorResponse withBody(MirrorResponse ok, String type, byte[] body, List<Header> extra) {
        List<Header> headers = new ArrayList<>();
        for (Header h : ok.headers()) {
            String n = h.name();
            if (!n.equalsIgnoreCase("Content-Length") && !n.equalsIgnoreCase("Content-Type")
                    && !n.equalsIgnoreCase("Content-Encoding") && !n.equalsIgnoreCase("ETag")
                    && !n.equalsIgnoreCase("Last-Modified")) {
                headers.add(h);
            }
        }
        headers.add(new Header("Content-Type", type));
        headers.addAll(extra);
        headers.add(new Header("Content-Length", String.valueOf(body.length)));
        return new MirrorResponse(ok.status(), headers, body);
    }

    private static MirrorResponse redirect(String location) {
        return new MirrorResponse(302, List.of(new Header("Server", "nginx"), new Header("Location", location),
                new Header("Content-Length", "0")), new byte[0]);
    }

    private static MirrorResponse status(int status, List<Header> extra) {
        byte[] body = ("<html><head><title>" + status + "</title></head><body><h1>" + status
                + "</h1></body></html>\n").getBytes(StandardCharsets.US_ASCII);
        List<Header> headers = new ArrayList<>(List.of(new Header("Server", "nginx"), new Header("Content-Type", "text/html")));
        headers.addAll(extra);
        headers.add(new Header("Content-Length", String.valueOf(body.length)));
        return new MirrorResponse(status, headers, body);
    }

    private MirrorResponse json() {
        try {
            byte[] body = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(counts.json(plan));
            return new MirrorResponse(200, List.of(new Header("Server", "civcred-mirror"),
                    new Header("Content-Type", "application/json;charset=UTF-8"),
                    new Header("Content-Length", String.valueOf(body.length))), body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the fault figures", e);
        }
    }

    private static String pathOf(String url) {
        String rest = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        return path.isEmpty() ? "/" : path;
    }
}
