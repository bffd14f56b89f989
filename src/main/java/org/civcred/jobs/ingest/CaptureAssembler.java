package org.civcred.jobs.ingest;

import java.util.Locale;
import java.util.Optional;
import org.civcred.site.extract.Urls;
import org.civcred.text.CharsetSniffer;
import org.netpreserve.jwarc.MessageHeaders;

/**
 * Completes captures with what the file around them says: the crawl id, and for each record its
 * civcred metadata when there is some. Foreign archives have none: their captures get the outcome
 * {@code imported}, the warcinfo {@code isPartOf} (or the file name) as crawl id, and site and family
 * from the site profiles and the host map.
 */
final class CaptureAssembler {

    /** Site profile and family for a URL, from the profiles and {@code families.yaml}. */
    interface SiteLookup {
        Optional<String> site(String url);

        Optional<String> family(String url);
    }

    static final String IMPORTED = "imported";

    private final String file;
    private final SiteLookup sites;
    private String isPartOf;
    private boolean civcredFile;

    CaptureAssembler(String file, SiteLookup sites) {
        this.file = file;
        this.sites = sites;
    }

    void warcinfo(MessageHeaders fields) {
        isPartOf = first(fields, "isPartOf");
        String software = first(fields, "software");
        if (software != null && software.toLowerCase(Locale.ROOT).startsWith("civcred")) {
            civcredFile = true;
        }
    }

    CivcredFields metadata(MessageHeaders fields) {
        CivcredFields civcred = CivcredFields.of(fields);
        civcredFile |= civcred.isCivcred();
        return civcred;
    }

    CaptureRecord capture(CaptureParser.Parsed p, CivcredFields metadata, long offset, Long length) {
        CivcredFields m = metadata == null ? new CivcredFields(null, null, null, null, null) : metadata;
        String url = p.url();
        String crawlId = m.crawlId() != null ? m.crawlId() : isPartOf != null ? isPartOf : baseName(file);
        String site = m.site() != null ? m.site() : sites.site(url).orElse(null);
        String family = m.family() != null ? m.family() : sites.family(url).orElse(null);
        String outcome = m.outcome() != null ? m.outcome() : civcredFile ? null : IMPORTED;
        String charset = p.body() != null && isTextual(p.contentType())
                ? CharsetSniffer.sniff(p.body(), p.contentType()).charset().name() : null;
        return new CaptureRecord(p.captureId(), crawlId, p.recordType(), url, Urls.host(url), site, family,
                p.fetchTime(), p.status(), p.contentType(), charset, p.payloadDigest(), file, offset, length,
                m.requestMethod(), m.requestKey(), outcome, p.refersTo(), p.body());
    }

    /** Text a charset applies to: HTML, XML, JSON, scripts, plain text, or an undeclared type. */
    static boolean isTextual(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.contains("html") || t.contains("xml") || t.contains("json")
                || t.contains("javascript");
    }

    /** {@code .../CIVCRED-c1-…-00000.warc.gz} → {@code CIVCRED-c1-…-00000}. */
    static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.replaceFirst("(?i)\\.w?arc(\\.gz)?$", "");
    }

    private static String first(MessageHeaders fields, String name) {
        return fields.first(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
