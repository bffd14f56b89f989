package org.civcred.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Byte-order marks: the one charset signal that outranks every declaration. */
final class Boms {

    private Boms() {
    }

    static Optional<Charset> charsetOf(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Bytes taken by the mark, 0 when there is none. */
    static int length(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return charsetOf(body).isPresent() ? 2 : 0;
    }

    private static boolean startsWith(byte[] body, int... mark) {
        if (body.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((body[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
