package org.civcred.jobs.resolve;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.extract.CaptureInput;
import org.civcred.jobs.extract.DocIds;
import org.civcred.jobs.extract.ListEntryMapper;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.site.Extraction;
import org.civcred.site.Page;
import org.civcred.site.SiteRegistry;
import org.civcred.tables.TableSchema;

/**
 * {@code list_entries} built straight from the offline mirror, as the extract job would build them from a
 * correct crawl: every page a correct crawl captures (the ground truth's expected captures) is extracted
 * with the site profiles and mapped with {@link ListEntryMapper}. Built once per test JVM.
 */
public final class MirrorListEntries {

    /** A fixed test key; real runs use the data directory's key. */
    public static final byte[] ID_HASH_KEY = "civcred-test-id-hash-key-32-bytes!".getBytes(StandardCharsets.UTF_8);

    private static final class Holder {
        static final List<Row> ROWS = build();
    }

    private MirrorListEntries() {
    }

    public static List<Row> rows() {
        return Holder.ROWS;
    }

    public static Dataset<Row> frame(SparkSession spark) {
        return spark.createDataFrame(rows(), TableSchema.load("list_entries").structType());
    }

    private static List<Row> build() {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        Set<String> crawled = new HashSet<>(snapshot.groundTruth().crawl().expectedCaptures());
        SiteRegistry registry = SiteRegistry.loadDefault();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (MirrorResource r : snapshot.resources()) {
            if (!crawled.contains(r.request().key())) {
                continue;
            }
            Page page = Page.of(r.request(), r.status(), r.contentType(), r.body());
            Extraction extraction = registry.extract(page);
            String digest = "sha1:" + DocIds.sha1(new String(r.body(), StandardCharsets.ISO_8859_1));
            CaptureInput capture = new CaptureInput("urn:uuid:mirror-" + n++, r.url(), r.host(), extraction.siteId(),
                    extraction.family(), Timestamp.valueOf("2026-11-22 00:00:00"), r.status(), r.contentType(), r.body(),
                    digest, r.method(), r.formBody(), "mirror.warc.gz", 0L);
            rows.addAll(ListEntryMapper.entries(capture, DocIds.document(r.url(), digest), extraction, ID_HASH_KEY,
                    "run-extract"));
        }
        return List.copyOf(rows);
    }
}
