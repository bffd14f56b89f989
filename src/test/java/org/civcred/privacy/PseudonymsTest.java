package org.civcred.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.civcred.research.TableExport;
import org.civcred.tables.TableSchema;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymsTest {

    private static final byte[] KEY = "pseudonyms-test-key-32-bytes-long!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "another-test-key-of-32-bytes-long!".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private static Dataset<Row> frame(String table, List<Map<String, Object>> rows) {
        StructType schema = TableSchema.load(table).structType();
        SparkSession spark = SharedSpark.get();
        return spark.createDataFrame(rows.stream().map(r -> SchemaRows.of(schema, r)).toList(), schema);
    }

    private static Map<String, Object> entry(String id, String name, String kind, String type) {
        Map<String, Object> m = new HashMap<>();
        m.put("entry_id", id);
        m.put("name_raw", name);
        m.put("name_norm", name);
        m.put("list_kind", kind);
        m.put("subject_type", type);
        m.put("province_code", "410000");
        m.put("id_masked", "4113**********1234");
        m.put("id_hash", "abc");
        m.put("birth_ym", "1962-03");
        m.put("deed", name + "拒不履行法院生效判决");
        return m;
    }

    private static Map<String, Row> byKey(Dataset<Row> rows, String key) {
        return rows.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs(key), Function.identity()));
    }

    @Test
    void blackListedPersonsGetTheSamePseudonymInEveryTableWhileHonouredPersonsAndCompaniesStayNamed() {
        Dataset<Row> entries = frame("list_entries", List.of(
                entry("e1", "张建国", "black", "person"),
                entry("e2", "李秀兰", "red", "person"),
                entry("e3", "某某建筑有限公司", "black", "org")));
        Map<String, Row> out = byKey(Pseudonyms.apply("list_entries", entries, KEY), "entry_id");
        String pseudonym = out.get("e1").getAs("name_raw");
        assertTrue(pseudonym.matches("失信人-[0-9a-f]{8}"), pseudonym);
        assertEquals(pseudonym, out.get("e1").getAs("name_norm"));
        assertNull(out.get("e1").getAs("id_masked"));
        assertNull(out.get("e1").getAs("id_hash"));
        assertNull(out.get("e1").getAs("birth_ym"));
        assertEquals(pseudonym + "拒不履行法院生效判决", out.get("e1").getAs("deed"), "the deed no longer names him");
        assertEquals("李秀兰", out.get("e2").getAs("name_raw"), "red lists are published as honours");
        assertEquals("4113**********1234", out.get("e2").getAs("id_masked"));
        assertEquals("某某建筑有限公司", out.get("e3").getAs("name_raw"), "organisations stay named");

        Dataset<Row> entities = frame("entities", List.of(Map.of("entity_id", "c1", "name_norm", "张建国",
                "subject_type", "person", "province_code", "410000", "list_kinds", List.of("black"),
                "names_raw", List.of("张建国"))));
        Row entity = Pseudonyms.apply("entities", entities, KEY).first();
        assertEquals(pseudonym, entity.getAs("name_norm"), "the same person, the same pseudonym");
        assertEquals(List.of(pseudonym), entity.getList(entity.fieldIndex("names_raw")));

        Dataset<Row> pairs = frame("overlap_persons", List.of(Map.of("pair_id", "p1", "name", "张建国",
                "name_civ_raw", "张建国", "name_credit_raw", "张建国", "region_code", "411330",
                "list_kinds_credit", List.of("black"), "evidence", "{\"name\":\"张建国\"}")));
        Row pair = Pseudonyms.apply("overlap_persons", pairs, KEY).first();
        assertEquals(pseudonym, pair.getAs("name"));
        assertEquals(pseudonym, pair.getAs("name_civ_raw"));
        assertFalse(((String) pair.getAs("evidence")).contains("张建国"));
    }

    @Test
    void pseudonymsAreStableForAKeyAndDifferUnderAnother() {
        assertEquals(Pseudonyms.of("张建国", "410000", KEY), Pseudonyms.of("张建国", "411330", KEY));
        assertNotEquals(Pseudonyms.of("张建国", "410000", KEY), Pseudonyms.of("张建国", "410000", OTHER_KEY));
        assertNotEquals(Pseudonyms.of("张建国", "410000", KEY), Pseudonyms.of("张建国", "120000", KEY),
                "namesakes in different provinces are different persons");
    }

    @Test
    void aPseudonymizedCsvExportHoldsNoBlackListedName() throws Exception {
        Dataset<Row> entries = frame("list_entries", List.of(entry("e1", "张建国", "black", "person"),
                entry("e2", "李秀兰", "honour", "person")));
        Path csv = tmp.resolve("entries.csv");
        TableExport.write(Pseudonyms.apply("list_entries", entries, KEY), TableExport.Format.CSV, csv.toString(), false);
        String text = Files.readString(csv);
        assertFalse(text.contains("张建国"), text);
        assertTrue(text.contains(Pseudonyms.of("张建国", "410000", KEY)) && text.contains("李秀兰"), text);
    }
}
