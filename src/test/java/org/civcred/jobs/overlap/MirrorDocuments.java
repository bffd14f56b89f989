package org.civcred.jobs.overlap;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.civcred.jobs.extract.CaptureInput;
import org.civcred.jobs.extract.DocIds;
import org.civcred.jobs.extract.DocumentMapper;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.model.Family;
import org.civcred.site.Extraction;
import org.civcred.site.Page;
import org.civcred.site.SiteProfile;
import org.civcred.site.SiteRegistry;
import org.civcred.tables.TableSchema;

/**
 * {@code documents} rows of the offline mirror without a crawl: every page a correct crawl captures,
 * archived as a {@link CaptureInput}, extracted with the site profiles and mapped by the extract
 * job's own {@link DocumentMapper}. Also the extractions themselves, for fixtures of other tables.
 */
public final class MirrorDocuments {

    private static final Timestamp FETCHED = Timestamp.valueOf("2026-11-22 00:00:00");

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
            CaptureInput capture = capture(r, registry, offset);
            Page page = capture.page();
            Extraction e = registry.extract(page);
            out.add(new Captured(r, e, DocumentMapper.document(capture, page, e, "fixture")));
            offset += r.body().length;
        }
        return List.copyOf(out);
    }

    /** The page as a crawl would have archived it: family and site from the registry, digest of the body. */
    static CaptureInput capture(MirrorResource r, SiteRegistry registry, long offset) {
        String family = registry.familyOf(r.url()).map(Family::id).orElse(null);
        String site = registry.forUrl(r.url()).map(SiteProfile::id).orElse(null);
        String digest = "sha1:" + HexFormat.of().formatHex(sha1(r.body()));
        return new CaptureInput("urn:uuid:" + DocIds.sha1(r.request().key()).substring(0, 32), r.url(), r.host(), site,
                family, FETCHED, r.status(), r.contentType(), r.body(), digest, r.method(), r.formBody(),
                "file:/mirror/mirror.warc.gz", offset);
    }

    private static byte[] sha1(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
