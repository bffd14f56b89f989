package org.civcred.jobs.overlap;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.extract.DocIds;
import org.civcred.tables.TableSchema;
import org.civcred.text.TextNormalizer;

/** Hand-made {@code documents} rows for small tests: only what the document-side jobs read is meaningful. */
public final class TinyDocuments {

    private TinyDocuments() {
    }

    /** A document {@code id} at {@code http://<family>.example/<id>}; date as {@code yyyy-MM-dd} or null. */
    public static Row doc(String id, String family, String pageType, String title, String body, String date,
                          String regionCode) {
        String url = "http://" + (family == null ? "unknown" : family) + ".example/" + id;
        return RowFactory.create(id, url, family + ".example", family == null ? "generic" : family + "-site", family,
                "test", pageType, title, date == null ? null : Date.valueOf(date), date, null, body,
                DocIds.sha1(TextNormalizer.key((title == null ? "" : title) + (body == null ? "" : body))),
                body == null ? 0 : body.length(), regionCode, "urn:uuid:" + id, Timestamp.valueOf("2026-11-22 00:00:00"),
                "sha1:" + id, "test.warc.gz", 0L, "fixture");
    }

    public static Dataset<Row> frame(SparkSession spark, List<Row> rows) {
        return spark.createDataFrame(rows, TableSchema.load("documents").structType());
    }

    /** A story of some length built from numbered sentences {@code from..to} about {@code who}. */
    public static String story(String who, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(who).append("第").append(i).append("次走访社区里的").append(SUBJECTS[i % SUBJECTS.length])
                    .append("，帮助解决了").append(PROBLEMS[(i * 7) % PROBLEMS.length]).append("的难题。\n");
        }
        return b.toString();
    }

    private static final String[] SUBJECTS = {"独居老人", "留守儿童", "残疾人家庭", "困难职工", "外来务工人员", "退役军人",
        "孤寡老人", "单亲家庭", "低保户", "失独家庭", "患病群众"};
    private static final String[] PROBLEMS = {"看病就医", "子女上学", "房屋漏雨", "冬季取暖", "农产品滞销", "水电维修",
        "法律咨询", "就业技能", "日常照料", "出行不便", "心理疏导", "证件办理", "饮水安全"};
}
