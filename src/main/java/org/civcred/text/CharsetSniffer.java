package org.civcred.text;

import java.nio.charset.StandardCharsets;

/** Placeholder until the charset sniffer lands: BOM → header → meta → detection. */
public final class CharsetSniffer {

    private CharsetSniffer() {
    }

    public static CharsetDecision sniff(byte[] body, String contentType) {
        return new CharsetDecision(StandardCharsets.UTF_8, "default", "");
    }
}
