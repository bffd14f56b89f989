package org.civcred.site.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Small readers over Jackson trees that never throw on missing or odd values. */
final class JsonValues {

    private JsonValues() {
    }

    /** The scalar at {@code field} as text; empty for missing, null, objects and arrays. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    static Optional<Long> number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isNumber()) {
            return Optional.of(v.asLong());
        }
        try {
            return Optional.of(Long.parseLong(v.asText().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Number of pages for {@code total} items at {@code size} per page. */
    static long pageCount(long total, long size) {
        return size <= 0 ? 0 : (total + size - 1) / size;
    }
}
