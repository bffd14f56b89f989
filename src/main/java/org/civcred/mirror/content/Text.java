package org.civcred.mirror.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title and its paragraphs: what a story or news writer produces, before any page markup. */
public record Text(String title, java.util.List<String> paragraphs) {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");

    /** Replaces {slot} markers; unknown slots are an authoring error in the pools. */
    public static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Unknown slot {" + m.group(1) + "} in pool text: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
