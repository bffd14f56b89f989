package org.civcred.site.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.site.spec.FieldSpec;
import org.jsoup.nodes.Element;

/** Reads one declared value ({@link FieldSpec}) from an element: a page or a row. */
public final class FieldReader {

    private FieldReader() {
    }

    /** The value, or empty when the selector, ancestor or regex finds nothing. */
    public static Optional<String> read(Element scope, FieldSpec spec) {
        if (spec.value() != null) {
            return Optional.of(spec.value());
        }
        Element base = scope;
        if (spec.within() != null) {
            base = scope.closest(spec.within());
            if (base == null) {
                return Optional.empty();
            }
        }
        List<Element> matches = spec.selector() == null ? List.of(base) : base.select(spec.selector());
        Pattern regex = spec.regex() == null ? null : Pattern.compile(spec.regex());
        List<String> values = new ArrayList<>();
        for (Element match : matches) {
            String value = applyRegex(valueOf(match, spec.attr()), regex);
            if (!value.isEmpty()) {
                values.add(value);
                if (spec.join() == null) {
                    break;
                }
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(spec.join() == null ? values.get(0) : String.join(spec.join(), values));
    }

    /** Text, own text, or an attribute ({@code href}/{@code src} made absolute). */
    static String valueOf(Element element, String attr) {
        return switch (attr) {
            case "text" -> Texts.clean(element.text());
            case "own-text" -> Texts.clean(element.ownText());
            case "href", "src" -> Urls.resolve(element.baseUri(), element.attr(attr)).orElse("");
            default -> Texts.clean(element.attr(attr));
        };
    }

    private static String applyRegex(String value, Pattern regex) {
        if (regex == null || value.isEmpty()) {
            return value;
        }
        Matcher m = regex.matcher(value);
        if (!m.find()) {
            return "";
        }
        return Texts.clean(m.groupCount() >= 1 ? m.group(1) : m.group());
    }
}
