package org.civcred.research;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.config.Errors;
import org.civcred.tables.Tables;

/**
 * Finds a capture by its id (with or without the angle brackets of the WARC header) or by the
 * id of a document made from it. Only the location columns are read, never the stored bodies.
 */
public final class CaptureLookup {

    private final Tables tables;

    public CaptureLookup(SparkSession spark, String dataDir) {
        this.tables = new Tables(spark, dataDir);
    }

    /** The capture, or a usage error saying what the id matched nowhere. */
    public CaptureLocation find(String id) {
        if (!tables.exists("captures")) {
            throw Errors.usage("There is no captures table yet", "Ingest WARC files first: bin/civcred run ingest");
        }
        return byCaptureId(id).or(() -> byDocId(id)).orElseThrow(() -> Errors.usage(
                "No capture or document with id '" + id + "'",
                "Use a capture_id (urn:uuid:…) from captures or a doc_id from documents, e.g. from bin/civcred sql"));
    }

    /** The capture a revisit refers to, when the archive holds it. */
    public Optional<CaptureLocation> byCaptureId(String id) {
        String bare = id.strip().replaceAll("^<|>$", "");
        Dataset<Row> rows = tables.read("captures")
                .where(functions.col("capture_id").isin(bare, "<" + bare + ">"))
                .select("capture_id", "record_type", "url", "fetch_time", "charset", "warc_file", "warc_offset",
                        "refers_to");
        List<Row> found = rows.limit(1).collectAsList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row r = found.get(0);
        return Optional.of(new CaptureLocation(r.getString(0), r.getString(1), r.getString(2),
                r.getTimestamp(3).toInstant(), r.getString(4), r.getString(5), r.getLong(6), r.getString(7)));
    }

    private Optional<CaptureLocation> byDocId(String id) {
        if (!tables.exists("documents")) {
            return Optional.empty();
        }
        List<Row> docs = tables.read("documents").where(functions.col("doc_id").equalTo(id.strip()))
                .select("capture_id").limit(1).collectAsList();
        return docs.isEmpty() ? Optional.empty() : byCaptureId(docs.get(0).getString(0));
    }
}
