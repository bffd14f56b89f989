package org.civcred.jobs.extract;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.civcred.site.Extraction;
import org.civcred.site.Page;
import org.civcred.site.extract.Urls;
import org.civcred.tables.TableSchema;
import org.civcred.text.DateNormalizer;
import org.civcred.text.IdNumbers;
import org.civcred.text.PartialDate;
import org.civcred.text.RegionMatch;
import org.civcred.text.RegionNormalizer;
import org.civcred.text.TextNormalizer;

/**
 * One archived page → one {@code documents} row. Pure: the same capture, page and extraction
 * always give the same row.
 *
 * <ul>
 *   <li>{@code title}: the extractor's {@code title}, else its {@code list_name}, else the HTML
 *       {@code <title>}; one line ({@link TextNormalizer#cleanLine}).</li>
 *   <li>{@code published_date}: the first of the extractor's {@code published} (or an activity's
 *       {@code start_date}), the URL's {@code tYYYYMMDD}, a 发布时间/发表时间/日期 dateline in the
 *       page, the {@code list_date} of a detail page's one record, a date in the {@code list_name} —
 *       that {@link DateNormalizer} reads with at least a month; a month-only date is stored as its first day, a year-only date not at all.
 *       {@code published_raw} keeps the text it came from.</li>
 *   <li>{@code body_text}: see {@link PageKinds}; cleaned with {@link TextNormalizer#clean}.
 *       {@code text_hash} (sha1 of {@link TextNormalizer#key} of title and body) is set only for
 *       pages with body text: title-only pages such as list pages share titles without being
 *       duplicates.</li>
 *   <li>{@code region_code}: the first of source organisation, a detail page's record region, title
 *       and the body's first line
 *       that {@link RegionNormalizer} resolves to one division (南阳文明网 → 411300); kept simple
 *       on purpose: the publishing body usually names its place, and a story names its subject's
 *       place in its first sentence.</li>
 * </ul>
 */
public final class DocumentMapper {

    private static final StructType SCHEMA = TableSchema.load("documents").structType();
    private static final Pattern URL_DATE = Pattern.compile("/t(\\d{8})_\\d+\\.[A-Za-z]+$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?:发布时间|发表时间|发布日期|更新时间|日期|时间)\\s*[：:]\\s*([0-9〇○零一二三四五六七八九十年月日号./ :-]{6,24})");

    private DocumentMapper() {
    }

    /** The row, deciding the family from the host map or, for unmapped hosts, the page content. */
    public static Row document(CaptureInput capture, Page page, Extraction extraction, String runId) {
        HtmlView html = new HtmlView(page);
        return document(capture, page, extraction, FamilyClassifier.decide(capture, extraction, html), html, runId);
    }

    /** The row with a family decided beforehand. */
    public static Row document(CaptureInput capture, Page page, Extraction extraction, FamilyDecision family,
                               String runId) {
        return document(capture, page, extraction, family, new HtmlView(page), runId);
    }

    static Row document(CaptureInput capture, Page page, Extraction extraction, FamilyDecision family,
                        HtmlView html, String runId) {
        Map<String, String> f = extraction.fields();
        // The markup is parsed for the <title> only when the extractor gave no title: most pages never need it.
        String given = firstNonBlank(f.get("title"), f.get("list_name"));
        // The <title> and main text come from the markup, not the extraction: masked here as well.
        String title = emptyToNull(IdNumbers.redact(TextNormalizer.cleanLine(!given.isEmpty() || !html.isHtml() ? given
                : firstNonBlank(html.document().title()))));
        Optional<Published> published = published(page.url(), f, extraction.records(), html);
        String source = emptyToNull(TextNormalizer.cleanLine(f.getOrDefault("source", ""))
                .replaceFirst("^(?:信息)?来源\\s*[：:]\\s*", ""));
        String body = IdNumbers.redact(body(page, extraction, html));
        String host = capture.host() != null ? capture.host() : Urls.host(page.url());
        Object[] values = {
            DocIds.document(capture.url(), capture.payloadDigest()),
            capture.url(), host, extraction.siteId(), family.family(), family.reason(), extraction.pageType(),
            title,
            published.map(p -> Date.valueOf(p.date().firstDay())).orElse(null),
            published.map(Published::raw).orElse(null),
            source,
            body.isEmpty() ? null : body,
            body.isEmpty() ? null : DocIds.sha1(TextNormalizer.key((title == null ? "" : title) + "\n" + body)),
            body.codePointCount(0, body.length()),
            regionCode(source, soleRecord(extraction.records(), "region"), title, body),
            capture.captureId(), capture.fetchTime(), capture.payloadDigest(), capture.warcFile(),
            capture.warcOffset(), runId
        };
        return new GenericRowWithSchema(values, SCHEMA);
    }

    /** A date and the text it was read from. */
    private record Published(PartialDate date, String raw) {
    }

    private static Optional<Published> published(String url, Map<String, String> fields,
                                                 List<Map<String, String>> records, HtmlView html) {
        List<String> candidates = new ArrayList<>();
        candidates.add(fields.get("published"));
        candidates.add(fields.get("start_date"));
        Matcher m = URL_DATE.matcher(Urls.path(url));
        if (m.find()) {
            candidates.add(m.group(1));
        }
        Optional<Published> early = firstDate(candidates);
        if (early.isPresent()) {
            // The dateline search below needs the parsed page and its whole text: skipped when not needed.
            return early;
        }
        candidates.clear();
        if (html.isHtml()) {
            Matcher line = DATELINE.matcher(html.document().text());
            if (line.find()) {
                candidates.add(line.group(1).strip());
            }
        }
        candidates.add(soleRecord(records, "list_date"));
        candidates.add(fields.get("list_name"));
        return firstDate(candidates);
    }

    /** The first candidate that reads as a date with at least a month. */
    private static Optional<Published> firstDate(List<String> candidates) {
        for (String raw : candidates) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Optional<PartialDate> date = DateNormalizer.parse(raw).filter(d -> d.month() != null);
            if (date.isPresent()) {
                return Optional.of(new Published(date.get(), TextNormalizer.cleanLine(raw)));
            }
        }
        return Optional.empty();
    }

    private static String body(Page page, Extraction extraction, HtmlView html) {
        if (!PageKinds.hasBody(extraction.pageType(), page.isJson())) {
            return "";
        }
        String body = extraction.fields().get("body");
        if (body != null && !body.isBlank()) {
            return TextNormalizer.clean(body).strip();
        }
        return MainText.of(html.document());
    }

    private static String regionCode(String source, String recordRegion, String title, String body) {
        String firstLine = body.isEmpty() ? null : body.lines().findFirst().orElse(null);
        for (String text : new String[] {source, recordRegion, title, firstLine}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            RegionMatch match = RegionNormalizer.standard().resolve(text);
            if (match.isResolved()) {
                return match.code();
            }
        }
        return null;
    }

    /** A record value when the page holds exactly one record (a detail page), else null. */
    private static String soleRecord(List<Map<String, String>> records, String key) {
        return records.size() == 1 ? records.get(0).get(key) : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
