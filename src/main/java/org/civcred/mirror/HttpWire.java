package org.civcred.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civcred.model.Header;

/**
 * The minimal HTTP/1.1 wire format the mirror server needs: reading a request (request line in
 * origin or absolute form, headers, a Content-Length or chunked body) and writing a response.
 * Small on purpose; the JDK's HttpServer cannot answer CONNECT, which the mirror must refuse politely.
 */
final class HttpWire {

    /** A request as it came off the wire. */
    record Incoming(String method, String target, String version, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        boolean wantsClose() {
            String connection = header("Connection");
            boolean close = connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
            return close || (version.equals("HTTP/1.0") && (connection == null || !connection.equalsIgnoreCase("keep-alive")));
        }
    }

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private HttpWire() {
    }

    /** Reads one request, or returns null when the client closed the connection before sending one. */
    // Header lines are read as UTF-8 so that a raw non-ASCII path survives; bodies stay bytes.
    static Incoming read(InputStream in) throws IOException {
        String requestLine = line(in);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = line(in);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            throw new IOException("Malformed request line: " + requestLine);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(h.substring(0, colon).trim(), k -> new ArrayList<>()).add(h.substring(colon + 1).trim());
            }
        }
        Incoming head = new Incoming(parts[0], parts[1], parts[2], headers, new byte[0]);
        byte[] body = new byte[0];
        String length = head.header("Content-Length");
        String encoding = head.header("Transfer-Encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked(in);
        } else if (length != null) {
            int n = Integer.parseInt(length.trim());
            if (n < 0 || n > MAX_BODY) {
                throw new IOException("Request body too large: " + n);
            }
            body = in.readNBytes(n);
        }
        return new Incoming(parts[0], parts[1], parts[2], headers, body);
    }

    static void write(OutputStream out, int status, List<Header> headers, byte[] body) throws IOException {
        out.write(head(status, headers));
        out.write(body);
        out.flush();
    }

    /** The status line and header block of a response, blank line included. */
    static byte[] head(int status, List<Header> headers) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        for (Header h : headers) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new IOException("Chunked body ended early");
            }
            int n = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (n == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers are ignored
                }
                return body.toByteArray();
            }
            if (body.size() + n > MAX_BODY) {
                throw new IOException("Request body too large");
            }
            body.write(in.readNBytes(n));
            line(in);
        }
    }

    /** One CRLF- (or LF-) terminated line in ISO-8859-1; null at end of stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
            if (b.size() >= MAX_LINE) {
                throw new IOException("Header line too long");
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 412 -> "Precondition Failed";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 302 -> "Found";
            default -> "Status";
        };
    }
}
