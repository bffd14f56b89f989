package org.civcred.site.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.civcred.site.spec.FieldSpec;
import org.civcred.site.spec.LinkSpec;
import org.civcred.site.spec.PageTypeSpec;
import org.civcred.site.spec.RecordSpec;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The declarative engine ({@code selectors}): applies a page type's {@code fields}, {@code records}
 * and {@code links} to an HTML page. JSON pages have nothing for it to select.
 */
public final class SelectorsExtractor implements Extractor {

    @Override
    public void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        if (page.page().isJson()) {
            return;
        }
        Document doc = page.document();
        type.fields().forEach((key, spec) -> FieldReader.read(doc, spec).ifPresent(v -> out.field(key, v)));
        for (RecordSpec spec : type.records()) {
            readRecords(doc, spec, out);
        }
        for (LinkSpec spec : type.links()) {
            readLinks(doc, spec, out);
        }
    }

    private static void readRecords(Document doc, RecordSpec spec, ExtractionBuilder out) {
        for (Element row : doc.select(spec.rows())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (Map.Entry<String, FieldSpec> field : spec.fields().entrySet()) {
                FieldReader.read(row, field.getValue()).ifPresent(v -> record.put(field.getKey(), v));
            }
            if (spec.require().stream().allMatch(record::containsKey)) {
                record.putAll(spec.constants());
                out.record(record);
            }
        }
    }

    private static void readLinks(Document doc, LinkSpec spec, ExtractionBuilder out) {
        LinkKind kind = LinkKind.valueOf(spec.kind().toUpperCase(Locale.ROOT));
        Pattern match = spec.match() == null ? null : Pattern.compile(spec.match());
        for (Element element : doc.select(spec.selector())) {
            Urls.resolve(element.baseUri(), element.attr(spec.attr()))
                    .filter(url -> match == null || match.matcher(url).find())
                    .ifPresent(url -> out.link(CrawlRequest.get(url), kind));
        }
    }
}
