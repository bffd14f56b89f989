package org.civcred.jobs.overlap;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.extract.DocIds;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.model.Family;
import org.civcred.site.Extraction;
import org.civcred.site.Page;
import org.civcred.site.SiteRegistry;
import org.civcred.tables.TableSchema;
import org.civcred.text.DateNormalizer;
import org.civcred.text.PartialDate;
import org.civcred.text.RegionNormalizer;
import org.civcred.text.TextNormalizer;

/**
 * {@code documents} rows built straight from the offline mirror: every page a correct crawl
 * captures, extracted with the site profiles, mapped the way the extract job specifies (clean title
 * and body, published date, text hash of the matching key, region of the local site or of the
 * title). Also the extractions themselves, for fixtures of other tables.
 */
public final class MirrorDocuments {

    /** Regions of the local sites, as the extract job takes them from the publishing site. */
    private static final Map<String, String> SITE_REGIONS = Map.of(
            "hnny.wenming.cn", "411300", "hnzmd.wenming.cn", "411700", "www.tjwenming.cn", "120000",
            "credit.fzgg.tj.gov.cn", "120000", "www.tongbai.gov.cn", "411330", "credit.nanyang.gov.cn", "411300");

    private static final StructType SCHEMA = TableSchema.load("documents").structType();

    /** One captured page with its extraction and its documents row. */
    public record Captured(MirrorResource resource, Extraction extraction, Row document) {
    }

    private MirrorDocuments() {
    }

    private static final class Holder {
        static final List<Captured> PAGES = build();
    }

    public static GroundTruth truth() {
        return MirrorSnapshot.standard().groundTruth();
    }

    public static List<Captured> pages() {
        return Holder.PAGES;
    }

    public static List<Row> rows() {
        return pages().stream().map(Captured::document).toList();
    }

    public static Dataset<Row> frame(SparkSession spark) {
        return spark.createDataFrame(rows(), SCHEMA);
    }

    private static List<Captured> build() {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        Set<String> expected = new HashSet<>(snapshot.groundTruth().crawl().expectedCaptures());
        SiteRegistry registry = SiteRegistry.loadDefault();
        List<Captured> out = new ArrayList<>();
        long offset = 0;
        for (MirrorResource r : snapshot.resources()) {
            if (!expected.contains(r.request().key())) {
                continue;
            }
            Page page = Page.of(r.request(), r.status(), r.contentType(), r.body());
            Extraction e = registry.extract(page);
            out.add(new Captured(r, e, document(r, e, registry, offset)));
            offset += r.body().length;
        }
        return List.copyOf(out);
    }

    static Row document(MirrorResource r, Extraction e, SiteRegistry registry, long offset) {
        String digest = "sha1:" + DocIds.sha1(new String(r.body(), StandardCharsets.ISO_8859_1));
        String url = r.url();
        String title = blankToNull(TextNormalizer.cleanLine(e.fields().get("title")));
        String body = TextNormalizer.clean(e.fields().get("body"));
        String family = registry.familyOf(r.url()).map(Family::id).orElse(null);
        Date published = DateNormalizer.parse(e.fields().getOrDefault("published", ""))
                .map(PartialDate::firstDay).map(Date::valueOf).orElse(null);
        String region = SITE_REGIONS.get(r.host());
        if (region == null && title != null) {
            String code = RegionNormalizer.standard().resolve(title).code();
            region = code.isEmpty() ? null : code;
        }
        String hash = DocIds.sha1(TextNormalizer.key((title == null ? "" : title) + body));
        return new GenericRowWithSchema(new Object[] {DocIds.document(url, digest), url, r.host(), e.siteId(), family,
                family == null ? "undecided" : "host map", e.pageType(), title, published, e.fields().get("published"),
                e.fields().get("source"), body.isEmpty() ? null : body, hash, body.length(), region,
                "urn:uuid:" + DocIds.sha1(url).substring(0, 32), Timestamp.valueOf("2026-11-22 00:00:00"), digest,
                "mirror.warc.gz", offset, "fixture"}, SCHEMA);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
