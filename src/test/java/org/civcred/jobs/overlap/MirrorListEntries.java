package org.civcred.jobs.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.extract.DocIds;
import org.civcred.tables.TableSchema;
import org.civcred.text.NameNormalizer;
import org.civcred.text.OrgName;
import org.civcred.text.OrgNameNormalizer;
import org.civcred.text.RegionNormalizer;

/**
 * Credit-side {@code list_entries} rows of the mirror, as the list-entry mapper specifies them, with
 * only the columns overlap_cities reads filled in: every extractor record, and the honouree of a
 * 守信红名单 announcement. The region is the record's, read in the context of the site's region,
 * else the organisation name's, else the site's.
 */
public final class MirrorListEntries {

    private static final Pattern HONOUREE = Pattern.compile("名单，(\\p{IsHan}{2,30}?)的(\\p{IsHan}{2,12}?)（");

    private MirrorListEntries() {
    }

    public static Dataset<Row> frame(SparkSession spark) {
        TableSchema schema = TableSchema.load("list_entries");
        List<Row> rows = new ArrayList<>();
        for (MirrorDocuments.Captured page : MirrorDocuments.pages()) {
            Row doc = page.document();
            if (!"credit".equals(doc.getAs("family"))) {
                continue;
            }
            List<Map<String, String>> records = new ArrayList<>(page.extraction().records());
            if (records.isEmpty()) {
                Matcher m = HONOUREE.matcher(String.valueOf(page.extraction().fields().get("body")));
                if (page.resource().url().contains("/shouxinhongmingdan/") && m.find()) {
                    records.add(Map.of("name", m.group(2), "region", m.group(1), "list_kind", "red", "subject_type", "person"));
                }
            }
            for (int i = 0; i < records.size(); i++) {
                rows.add(row(schema, doc, i, records.get(i)));
            }
        }
        return spark.createDataFrame(rows, schema.structType());
    }

    /** Whether {@code finer} lies in {@code coarser} (an empty coarser region admits anything). */
    private static boolean within(String finer, String coarser) {
        if (coarser == null || coarser.isEmpty()) {
            return true;
        }
        String prefix = coarser.endsWith("0000") ? coarser.substring(0, 2) : coarser.endsWith("00") ? coarser.substring(0, 4) : coarser;
        return finer.startsWith(prefix);
    }

    private static Row row(TableSchema schema, Row doc, int index, Map<String, String> record) {
        String name = record.get("name");
        OrgName parsed = OrgNameNormalizer.parse(name);
        // The court-defaulter API lists organisations among persons; their names give them away.
        boolean government = parsed.governmentBody();
        boolean org = "org".equals(record.get("subject_type")) || government;
        OrgName orgName = org ? parsed : null;
        String siteRegion = doc.getAs("region_code");
        String region = RegionNormalizer.standard().resolve(record.getOrDefault("region", ""), siteRegion).code();
        if (orgName != null && !orgName.regionCode().isEmpty() && within(orgName.regionCode(), region)) {
            region = orgName.regionCode();
        }
        if (region.isEmpty()) {
            region = siteRegion;
        }
        Map<String, Object> v = new HashMap<>();
        String docId = doc.getAs("doc_id");
        v.put("entry_id", DocIds.sha1(docId, String.valueOf(index), name));
        v.put("doc_id", docId);
        v.put("capture_id", doc.getAs("capture_id"));
        v.put("url", doc.getAs("url"));
        v.put("site", doc.getAs("site"));
        v.put("family", "credit");
        v.put("subject_type", org ? "org" : "person");
        v.put("name_raw", name);
        v.put("name_norm", org ? orgName.normalized() : NameNormalizer.normalize(name));
        v.put("name_masked", false);
        v.put("region_raw", record.get("region"));
        v.put("region_code", region);
        v.put("list_kind", record.get("list_kind"));
        v.put("org_is_government", org ? government : null);
        v.put("run_id", "fixture");
        return RowFactory.create(schema.columnNames().stream().map(v::get).toArray());
    }
}
