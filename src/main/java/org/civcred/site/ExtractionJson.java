package org.civcred.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;

/**
 * Renders an {@link Extraction} as pretty JSON with a stable layout, for {@code check-site} and
 * the golden tests: top-level keys in a fixed order, field and record keys sorted, links and
 * records in the order the page gave them, two-space indent, {@code \n} line ends.
 */
public final class ExtractionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private ExtractionJson() {
    }

    public static String toJson(Extraction e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("siteId", e.siteId());
        root.put("pageType", e.pageType());
        root.put("family", e.family());
        root.set("fields", sorted(e.fields()));
        ArrayNode records = root.putArray("records");
        e.records().forEach(r -> records.add(sorted(r)));
        ArrayNode links = root.putArray("links");
        for (Link link : e.links()) {
            ObjectNode l = links.addObject();
            l.put("kind", link.kind().name().toLowerCase(java.util.Locale.ROOT));
            l.put("method", link.request().method());
            l.put("url", link.request().url());
            if (link.request().isPost()) {
                l.put("form", link.request().formBody());
            }
            if (link.kind() == LinkKind.PAGINATION) {
                l.put("page", link.pageNumber());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        e.warnings().forEach(warnings::add);
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("A tree of strings always serialises", ex);
        }
    }

    private static ObjectNode sorted(Map<String, String> values) {
        ObjectNode node = MAPPER.createObjectNode();
        new TreeMap<>(values).forEach(node::put);
        return node;
    }
}
