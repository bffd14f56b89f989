package org.civcred.dashboard;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Capture ids in URL paths. Ids are WARC record ids such as {@code <urn:uuid:…>}; the path carries
 * them without the angle brackets, percent-encoded, and either form is accepted back.
 */
final class CaptureIds {

    private CaptureIds() {
    }

    static String toPath(String captureId) {
        String bare = captureId.startsWith("<") && captureId.endsWith(">")
                ? captureId.substring(1, captureId.length() - 1) : captureId;
        return URLEncoder.encode(bare, StandardCharsets.UTF_8);
    }

    /** The forms a path segment may stand for: as given, and wrapped in angle brackets. */
    static String[] fromPath(String segment) {
        String bare = URLDecoder.decode(segment, StandardCharsets.UTF_8);
        if (bare.startsWith("<")) {
            return new String[] {bare};
        }
        return new String[] {bare, "<" + bare + ">"};
    }
}
