package org.civcred.jobs.extract;

import java.util.Optional;

/**
 * Recognises bodies that are not text whatever their Content-Type says: servers label PDFs, images
 * and archives {@code text/html} often enough (a download link under an {@code .shtml} URL, an
 * error handler that answers every path with its own type). Such a body would decode to noise and
 * might pass the replacement-character test, so it is named by its magic number instead.
 */
final class BinaryBodies {

    private static final int NUL_SCAN = 1024;

    private BinaryBodies() {
    }

    /** What the body is when it is binary ("a PDF document"), or empty when it may be text. */
    static Optional<String> kind(byte[] body) {
        if (startsWith(body, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("a PDF document");
        }
        if (startsWith(body, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (startsWith(body, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (startsWith(body, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(body, 'P', 'K', 3, 4)) {
            return Optional.of("a ZIP archive or Office document");
        }
        if (startsWith(body, 0x1F, 0x8B)) {
            return Optional.of("gzip-compressed data the server did not declare as Content-Encoding");
        }
        if (startsWith(body, 'R', 'I', 'F', 'F')) {
            return Optional.of("a media file");
        }
        for (int i = 0; i < Math.min(body.length, NUL_SCAN); i++) {
            if (body[i] == 0 && !utf16(body)) {
                return Optional.of("binary data (NUL bytes in the first " + NUL_SCAN + ")");
            }
        }
        return Optional.empty();
    }

    /** UTF-16 text has NUL bytes too; its byte-order mark says so. */
    private static boolean utf16(byte[] body) {
        return startsWith(body, 0xFF, 0xFE) || startsWith(body, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] body, int... magic) {
        if (body.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((body[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
