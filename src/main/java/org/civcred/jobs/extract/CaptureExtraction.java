package org.civcred.jobs.extract;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.civcred.jobs.ingest.QuarantineEntry;
import org.civcred.site.Extraction;
import org.civcred.site.HtmlLimitExceeded;
import org.civcred.site.HtmlLimits;
import org.civcred.site.LimitedHtmlParser;
import org.civcred.site.Page;
import org.civcred.site.SiteRegistry;

/**
 * One selected capture ({@link PageSelection}) → its document, its list entries, or the reason it
 * could not be used. Reasons (stage {@code extract}):
 * <ul>
 *   <li>{@code revisit-target-missing} — a revisit whose original response is not in {@code captures};</li>
 *   <li>{@code challenge-page} — a 2xx answer the crawler recognised as an anti-bot challenge;</li>
 *   <li>{@code empty-body}; {@code unsupported-content-type} — not HTML, XHTML or JSON;</li>
 *   <li>{@code binary-body} — labelled as text but a PDF, image, archive or other binary ({@link BinaryBodies});</li>
 *   <li>{@code html-too-large}, {@code markup-too-deep}, {@code parse-timeout}, {@code attribute-too-long} —
 *       over one of the {@link HtmlLimits} (each names its setting);</li>
 *   <li>{@code undecodable-body} — more than 2 % of the decoded characters are replacement characters;</li>
 *   <li>{@code nothing-extracted} — no title, no body and no records (the extractor's warnings as detail);</li>
 *   <li>{@code extract-failed} — anything thrown while reading the page (never fails the job);</li>
 *   <li>{@code entries-without-family}, {@code list-entries-failed} — the document is kept, its
 *       list entries are not.</li>
 * </ul>
 * Dates after the fetch are nulled in the rows, their text kept ({@link FutureDates}).
 */
final class CaptureExtraction {

    static final String STAGE = "extract";
    private static final double MAX_REPLACEMENT_SHARE = 0.02;
    private static final int ENTRY_COLUMNS = ExtractRows.schema().apply(ExtractRows.ENTRY).dataType()
            instanceof org.apache.spark.sql.types.StructType t ? t.size() : 0;

    private final SiteRegistry registry;
    private final byte[] idHashKey;
    private final String runId;
    private final Timestamp recordedAt;
    private final LimitedHtmlParser parser;

    CaptureExtraction(SiteRegistry registry, byte[] idHashKey, String runId, Timestamp recordedAt) {
        this(registry, idHashKey, runId, recordedAt, HtmlLimits.DEFAULTS);
    }

    CaptureExtraction(SiteRegistry registry, byte[] idHashKey, String runId, Timestamp recordedAt, HtmlLimits limits) {
        this.registry = registry;
        this.idHashKey = idHashKey;
        this.runId = runId;
        this.recordedAt = recordedAt;
        this.parser = new LimitedHtmlParser(limits);
    }

    /** Rows of {@link ExtractRows#schema()} for one row of {@link PageSelection#pages}. */
    List<Row> run(Row selected) {
        CaptureInput capture = CaptureInput.fromRow(selected);
        try {
            String problem = unusable(capture, selected);
            if (problem != null) {
                return List.of(problem(capture, problem, detail(problem, capture)));
            }
            parser.checkSize(capture.body().length);
            return extract(capture);
        } catch (HtmlLimitExceeded e) {
            return List.of(problem(capture, e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            return List.of(problem(capture, "extract-failed", "reading the page failed, it is skipped (inspect it with"
                    + " bin/civcred show-capture and report it): " + e));
        }
    }

    private List<Row> extract(CaptureInput capture) {
        Page page = capture.page();
        if (replacementShare(page.text()) > MAX_REPLACEMENT_SHARE) {
            return List.of(problem(capture, "undecodable-body", "decoded as " + page.charset().name()
                    + ", too many characters are not valid in it"));
        }
        // Parsed once, within the limits: the extractor reads this document, so it only ever sees
        // markup known to be bounded, and the readers after it reuse the same parse.
        HtmlView html = page.isJson() ? new HtmlView(page) : new HtmlView(page, parser.parse(page.text(), page.url()));
        Extraction extraction = page.isJson() ? registry.extract(page) : registry.extract(page, html.document());
        FamilyDecision family = FamilyClassifier.decide(capture, extraction, html);
        Row document = FutureDates.document(DocumentMapper.document(capture, page, extraction, family, html, runId));
        if (document.isNullAt(document.fieldIndex("title")) && document.isNullAt(document.fieldIndex("body_text"))
                && extraction.records().isEmpty()) {
            return List.of(problem(capture, "nothing-extracted", extraction.pageType() + ": "
                    + String.join("; ", extraction.warnings()) + "; the page does not carry what its site profile"
                    + " expects (changed markup, an error page, not a page at all): compare with bin/civcred check-site"));
        }
        List<Row> out = new ArrayList<>();
        out.add(ExtractRows.document(document));
        out.addAll(entries(capture, extraction, family, document.getAs("doc_id")));
        return out;
    }

    /**
     * The page's list entries from {@link ListEntryMapper}, given the family and site decided here
     * (the mapper also finds the one person a story or announcement is about, so it is asked about
     * every page). Entries of a page whose family nothing decided cannot be written
     * ({@code list_entries.family} is required), and a mapper failure costs the entries, not the
     * document: both are quarantined.
     */
    private List<Row> entries(CaptureInput capture, Extraction extraction, FamilyDecision family, String docId) {
        String familyId = family.isDecided() ? family.family() : "";
        CaptureInput decided = capture.withSiteAndFamily(extraction.siteId(), family.family());
        Extraction withFamily = new Extraction(extraction.siteId(), extraction.pageType(), familyId,
                extraction.links(), extraction.fields(), extraction.records(), extraction.warnings());
        List<Row> rows;
        try {
            rows = ListEntryMapper.entries(decided, docId, withFamily, idHashKey, runId);
        } catch (RuntimeException e) {
            return List.of(problem(capture, "list-entries-failed", e.toString()));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        if (!family.isDecided()) {
            return List.of(problem(capture, "entries-without-family", rows.size()
                    + " list entries on a page whose family is undecided (" + family.reason() + ")"));
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row entry : rows) {
            if (entry.length() != ENTRY_COLUMNS) {
                return List.of(problem(capture, "list-entries-failed", "an entry row has " + entry.length()
                        + " columns, list_entries has " + ENTRY_COLUMNS));
            }
            out.add(ExtractRows.entry(FutureDates.entry(entry, capture.fetchTime())));
        }
        return out;
    }

    private static String unusable(CaptureInput capture, Row selected) {
        if (!Boolean.TRUE.equals(selected.getAs("resolved"))) {
            return "revisit-target-missing";
        }
        if ("challenge".equals(selected.getAs("outcome"))) {
            return "challenge-page";
        }
        if (capture.body() == null || capture.body().length == 0) {
            return "empty-body";
        }
        if (!isSupported(capture.contentType(), capture.body())) {
            return "unsupported-content-type";
        }
        if (BinaryBodies.kind(capture.body()).isPresent()) {
            return "binary-body";
        }
        return null;
    }

    private static String detail(String reason, CaptureInput capture) {
        return switch (reason) {
            case "unsupported-content-type" -> "Content-Type " + capture.contentType()
                    + " is not HTML or JSON; nothing to extract (the capture stays in captures)";
            case "binary-body" -> "labelled " + capture.contentType() + " but the body is "
                    + BinaryBodies.kind(capture.body()).orElse("binary") + "; the server mislabels it, nothing to extract";
            case "revisit-target-missing" -> "the response this revisit refers to is not in captures";
            case "empty-body" -> "HTTP " + capture.status() + ", " + capture.contentType()
                    + " with no body; the server sent nothing, recrawl the URL later";
            default -> "HTTP " + capture.status() + ", " + capture.contentType();
        };
    }

    /** HTML, XHTML or JSON by Content-Type; without one, a body that starts like markup or JSON. */
    static boolean isSupported(String contentType, byte[] body) {
        if (contentType != null && !contentType.isBlank()) {
            String t = contentType.toLowerCase(Locale.ROOT);
            return t.contains("html") || t.contains("json");
        }
        for (byte b : body) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == (byte) 0xEF || b == (byte) 0xBB
                    || b == (byte) 0xBF) {
                continue;
            }
            return b == '<' || b == '{' || b == '[';
        }
        return false;
    }

    static double replacementShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return (double) bad / text.length();
    }

    private Row problem(CaptureInput capture, String reason, String detail) {
        return ExtractRows.problem(new QuarantineEntry(STAGE, capture.captureId(), capture.url(), null, reason, detail),
                runId, recordedAt);
    }
}
