package org.civcred.storage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Header;

/**
 * The HTTP messages inside WARC request, response and revisit records, byte for byte.
 *
 * <p>Messages are serialised here rather than through jwarc's HTTP builders because those keep
 * headers in a sorted map: an archive should show headers in the order they crossed the wire.
 * Header text is written as UTF-8 (jsoup hands us header values already decoded); CR and LF
 * inside a name or value are replaced by spaces so that no value can forge a header line.
 */
final class HttpBlocks {

    static final String CRAWLER_CONTENT_ENCODING = "X-Crawler-Content-Encoding";
    static final String CRAWLER_TRANSFER_ENCODING = "X-Crawler-Transfer-Encoding";
    private static final byte[] CRLF = {'\r', '\n'};

    private HttpBlocks() {
    }

    /** Request line, headers and, for a POST, the form body. */
    static byte[] request(CrawlRequest request, List<Header> headers, String protocol) {
        byte[] body = request.formBody().getBytes(StandardCharsets.UTF_8);
        List<Header> all = new ArrayList<>(headers);
        if (request.isPost()) {
            if (headerIndex(all, "Content-Type") < 0) {
                all.add(new Header("Content-Type", "application/x-www-form-urlencoded"));
            }
            all.removeIf(h -> h.name().equalsIgnoreCase("Content-Length"));
            all.add(new Header("Content-Length", Integer.toString(body.length)));
        }
        String startLine = request.method() + " " + requestTarget(request.url()) + " " + protocol;
        return concat(head(startLine, all), body);
    }

    /**
     * Status line and headers as archived: the body is stored decoded, so the encodings that were
     * undone are renamed to {@code X-Crawler-*} and Content-Length is made to match the stored body.
     * With {@code withBody} false (revisits) only the head is returned and a Content-Length is kept
     * only when the response had a body to describe.
     */
    static byte[] response(HttpResponseData response, boolean withBody) {
        byte[] body = response.body();
        boolean describeLength = withBody || body.length > 0;
        List<Header> archived = new ArrayList<>();
        boolean lengthWritten = false;
        for (Header h : response.headers()) {
            String name = h.name();
            if (name.equalsIgnoreCase("Content-Encoding")) {
                archived.add(new Header(CRAWLER_CONTENT_ENCODING, h.value()));
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                archived.add(new Header(CRAWLER_TRANSFER_ENCODING, h.value()));
            } else if (name.equalsIgnoreCase("Content-Length")) {
                if (describeLength && !lengthWritten) {
                    archived.add(new Header("Content-Length", Integer.toString(body.length)));
                    lengthWritten = true;
                }
            } else {
                archived.add(h);
            }
        }
        if (describeLength && !lengthWritten) {
            archived.add(new Header("Content-Length", Integer.toString(body.length)));
        }
        String reason = response.reason() == null ? "" : response.reason();
        byte[] head = head(response.protocol() + " " + response.status() + " " + reason, archived);
        return withBody ? concat(head, body) : head;
    }

    /** Parses an archived response block back into its parts, keeping header order. */
    static HttpResponseData parseResponse(byte[] block, boolean truncated) {
        int headEnd = indexOf(block, new byte[] {'\r', '\n', '\r', '\n'});
        int separator = 4;
        if (headEnd < 0) {
            headEnd = indexOf(block, new byte[] {'\n', '\n'});
            separator = 2;
        }
        if (headEnd < 0) {
            headEnd = block.length;
            separator = 0;
        }
        String head = new String(block, 0, headEnd, StandardCharsets.UTF_8);
        String[] lines = head.split("\r?\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new IllegalArgumentException("Not an HTTP status line: '" + lines[0] + "'");
        }
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new Header(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()));
            }
        }
        byte[] body = Arrays.copyOfRange(block, Math.min(block.length, headEnd + separator), block.length);
        return new HttpResponseData(status[0], Integer.parseInt(status[1].strip()),
                status.length > 2 ? status[2] : "", headers, body, truncated);
    }

    /** The origin-form target of a request line: path and query, never the fragment. */
    static String requestTarget(String url) {
        String rest = url;
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            int pathStart = -1;
            for (int i = scheme + 3; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c == '/' || c == '?' || c == '#') {
                    pathStart = i;
                    break;
                }
            }
            rest = pathStart < 0 ? "" : url.substring(pathStart);
        }
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        if (rest.isEmpty() || rest.charAt(0) == '?') {
            rest = "/" + rest;
        }
        return oneLine(rest).replace(" ", "%20");
    }

    /** A value fit for one header or warc-fields line. */
    static String oneLine(String value) {
        return value == null ? "" : value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    private static byte[] head(String startLine, List<Header> headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(oneLine(startLine).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(CRLF);
        for (Header h : headers) {
            out.writeBytes((oneLine(h.name()) + ": " + oneLine(h.value())).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(CRLF);
        }
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    private static int headerIndex(List<Header> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
