package org.civcred.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.civcred.mirror.site.CanonicalKey;
import org.civcred.mirror.site.Host;
import org.civcred.mirror.site.Hosts;
import org.civcred.mirror.site.SitePage;
import org.civcred.model.Header;

/**
 * Routes a request to a page of the snapshot and dresses the response as the real host would:
 * Content-Type quirks, Server, ETag/Last-Modified with 304 answers, gzip where the host does it,
 * robots.txt, the challenge fallbacks (any later API page → 40001, any penalty-list page → captcha)
 * and the control endpoints on the mirror's own address.
 */
final class Responder implements MirrorHandler {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US);
    private static final String CATALOG = "/private-api/catalogSearchPerson";
    private static final String DATALIST = "/xygs/datalist.do";

    private final Map<String, SitePage> pages = new HashMap<>();
    private final Map<String, String> etags = new HashMap<>();
    private final byte[] controlJson;
    private final byte[] groundTruthJson;

    Responder(List<SitePage> all, byte[] controlJson, byte[] groundTruthJson) {
        for (SitePage p : all) {
            String key = CanonicalKey.of(p.request());
            if (pages.put(key, p) != null) {
                throw new IllegalStateException("The snapshot renders " + key + " twice");
            }
            etags.put(key, "\"" + sha1(p.body()) + "\"");
        }
        this.controlJson = controlJson;
        this.groundTruthJson = groundTruthJson;
    }

    @Override
    public Optional<MirrorResponse> respond(MirrorRequest request) {
        String host = CanonicalKey.host(request.url());
        Optional<Host> mirrored = Hosts.byName(host);
        String path = pathOf(request.url());
        if (mirrored.isEmpty()) {
            if (path.equals("/__civcred/mirror")) {
                return Optional.of(plain(200, "application/json;charset=UTF-8", "civcred-mirror", controlJson));
            }
            if (path.equals("/__civcred/ground-truth.json")) {
                return Optional.of(plain(200, "application/json;charset=UTF-8", "civcred-mirror", groundTruthJson));
            }
            return Optional.empty();
        }
        Host h = mirrored.get();
        String method = request.method().toUpperCase(Locale.ROOT);
        boolean head = method.equals("HEAD");
        String lookupMethod = head ? "GET" : method;
        SitePage page = pages.get(CanonicalKey.of(lookupMethod, request.url(), request.body()));
        if (page == null) {
            page = fallback(h, lookupMethod, request, path);
        }
        if (page == null) {
            boolean postOnly = path.equals(DATALIST) && !method.equals("POST");
            return Optional.of(error(h, postOnly ? 405 : 404, postOnly ? "405 Method Not Allowed" : "404 Not Found"));
        }
        MirrorResponse response = dress(h, page, request);
        return Optional.of(head ? new MirrorResponse(response.status(), response.headers(), new byte[0]) : response);
    }

    /** Requests that the real sites answer with a challenge whatever their parameters. */
    /**
     * The real API blocks every page after the third and the penalty list always wants a captcha, so
     * parameters the snapshot never rendered still get the challenge rather than a 404.
     */
    private SitePage fallback(Host h, String method, MirrorRequest request, String path) {
        if (h == Hosts.PUBLIC_API && path.equals(CATALOG)) {
            return pages.get(CanonicalKey.of(method, request.url().replaceAll("([?&]page=)\\d+", "$14"), ""));
        }
        if (h == Hosts.CREDIT_TIANJIN && path.equals(DATALIST) && request.body().contains("msg_xzcf")) {
            return pages.get(CanonicalKey.of("POST", request.url(),
                    "pageNo=1&pageSize=10&messageid=msg_xzcf&domainid=028&condition=&yzm="));
        }
        return null;
    }

    /**
     * Adds the host's wire habits to a page. The ETag is taken from the uncompressed body so that a
     * gzip and an identity response of one page validate each other, as nginx's weak tags do.
     */
    private MirrorResponse dress(Host h, SitePage page, MirrorRequest request) {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Server", h.server()));
        headers.add(new Header("Content-Type", page.contentType()));
        headers.addAll(page.headers());
        boolean conditional = page.lastModified() != null && page.status() == 200;
        String etag = etags.get(CanonicalKey.of(page.request()));
        String lastModified = conditional ? httpDate(page.lastModified()) : null;
        if (conditional) {
            headers.add(new Header("ETag", etag));
            headers.add(new Header("Last-Modified", lastModified));
            if (notModified(request, etag, page.lastModified())) {
                List<Header> notModified = new ArrayList<>(headers);
                notModified.removeIf(x -> x.name().equals("Content-Type"));
                return new MirrorResponse(304, notModified, new byte[0]);
            }
        }
        byte[] body = page.body();
        if (h.gzip() && body.length > 0 && acceptsGzip(request)) {
            body = gzip(body);
            headers.add(new Header("Content-Encoding", "gzip"));
            headers.add(new Header("Vary", "Accept-Encoding"));
        }
        headers.add(new Header("Content-Length", String.valueOf(body.length)));
        return new MirrorResponse(page.status(), headers, body);
    }

    /** RFC 9110 precedence: If-None-Match decides when present; If-Modified-Since only without it. */
    private static boolean notModified(MirrorRequest request, String etag, LocalDate modified) {
        Optional<String> inm = request.header("If-None-Match");
        if (inm.isPresent()) {
            for (String tag : inm.get().split(",")) {
                String t = tag.trim();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        Optional<String> ims = request.header("If-Modified-Since");
        if (ims.isPresent()) {
            try {
                ZonedDateTime since = ZonedDateTime.parse(ims.get().trim(), HTTP_DATE);
                return !since.toInstant().isBefore(lastModifiedInstant(modified).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** True for {@code gzip} or {@code *} unless given {@code q=0}. */
    private static boolean acceptsGzip(MirrorRequest request) {
        for (String part : request.header("Accept-Encoding").orElse("").toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.trim().split(";");
            if ((coding[0].trim().equals("gzip") || coding[0].trim().equals("*"))
                    && !(coding.length > 1 && coding[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
                return true;
            }
        }
        return false;
    }

    /** Pages carry a date only; 00:30 UTC (08:30 in China) stands in for the time of publication. */
    private static ZonedDateTime lastModifiedInstant(LocalDate date) {
        return date.atTime(0, 30).atZone(ZoneOffset.UTC);
    }

    static String httpDate(LocalDate date) {
        return HTTP_DATE.format(lastModifiedInstant(date));
    }

    private static MirrorResponse plain(int status, String type, String server, byte[] body) {
        return new MirrorResponse(status, List.of(new Header("Server", server), new Header("Content-Type", type),
                new Header("Content-Length", String.valueOf(body.length))), body);
    }

    private static MirrorResponse error(Host h, int status, String title) {
        String html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>" + h.server() + "</center>\r\n</body>\r\n</html>\r\n";
        return plain(status, "text/html", h.server(), html.getBytes(StandardCharsets.UTF_8));
    }

    private static String pathOf(String url) {
        String rest = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        return path.isEmpty() ? "/" : path;
    }

    static String sha1(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
