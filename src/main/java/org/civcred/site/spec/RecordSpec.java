package org.civcred.site.spec;

import java.util.List;
import java.util.Map;

/**
 * Rows of a list or table turned into records.
 *
 * @param rows      CSS selector of the row elements
 * @param fields    record key → how to read it inside the row
 * @param constants record key → fixed value added to every row (e.g. {@code list_kind: honour})
 * @param require   keys a row must have a value for, else the row is skipped (not a warning:
 *                  tables carry header and spacer rows)
 */
public record RecordSpec(String rows, Map<String, FieldSpec> fields, Map<String, String> constants,
                         List<String> require) {

    public RecordSpec {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        constants = constants == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constants));
        require = require == null ? List.of() : List.copyOf(require);
    }
}
