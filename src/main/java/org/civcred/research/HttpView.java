package org.civcred.research;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTTP message inside a response or revisit record, for display: the head exactly as archived
 * (header order kept), the payload as archived, and the payload with its transfer and content
 * codings undone by jwarc.
 */
final class HttpView {

    private final byte[] block;
    private final int bodyStart;

    HttpView(byte[] block) {
        this.block = block;
        this.bodyStart = headEnd(block);
    }

    /** Status line and header lines as archived, without the blank line that ends them. */
    String head() {
        return new String(block, 0, bodyStart, StandardCharsets.UTF_8).stripTrailing();
    }

    /** The payload bytes exactly as they sit in the record after the HTTP head. */
    byte[] payloadAsArchived() {
        return Arrays.copyOfRange(block, bodyStart, block.length);
    }

    /** The payload with chunking and gzip/deflate/br content coding undone. */
    byte[] payloadDecoded() throws IOException {
        // Built as an in-memory record so jwarc knows the block's length (close-delimited bodies need it).
        HttpResponse http = new WarcResponse.Builder("http://in-memory.invalid/")
                .body(MediaType.HTTP_RESPONSE, block).build().http();
        boolean coded = http.headers().all("Content-Encoding").stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).anyMatch(v -> !v.isEmpty() && !v.equals("identity"));
        return (coded ? http.bodyDecoded() : http.body()).stream().readAllBytes();
    }

    /** Index of the first payload byte: after the blank line (CRLF CRLF, or bare LF LF) ending the head. */
    private static int headEnd(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n' && b[i + 1] == '\n') {
                return i + 2;
            }
            if (i + 3 < b.length && b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i + 4;
            }
        }
        return b.length;
    }
}
