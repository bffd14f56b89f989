package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

    static Stream<GoldenTable.Row> golden() {
        return GoldenTable.read("/text/text.tsv", 4).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void cleanAndKeyMatchTheGoldenTable(GoldenTable.Row row) {
        assertEquals(row.get(1), TextNormalizer.clean(row.get(0)), "clean, " + row);
        assertEquals(row.get(2), TextNormalizer.key(row.get(0)), "key, " + row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void cleaningTwiceChangesNothing(GoldenTable.Row row) {
        String once = TextNormalizer.clean(row.get(0));
        assertEquals(once, TextNormalizer.clean(once));
        assertEquals(TextNormalizer.key(row.get(0)), TextNormalizer.key(once));
    }

    @Test
    void nullIsTreatedAsEmpty() {
        assertEquals("", TextNormalizer.clean(null));
        assertEquals("", TextNormalizer.cleanLine(null));
        assertEquals("", TextNormalizer.key(null));
        assertEquals("", TextNormalizer.simplify(null));
    }

    @Test
    void cleanLineJoinsLinesWithOneSpace() {
        assertEquals("第一段。 第二段。", TextNormalizer.cleanLine("第一段。\r\n\r\n 第二段。"));
    }

    @Test
    void simplifyLeavesTextWithoutChineseUntouched() {
        String ascii = "Credit China 2018-01-31";
        assertTrue(ascii == TextNormalizer.simplify(ascii), "no copy is made for text without CJK");
    }

    static Stream<String> everyGoldenInput() {
        return Stream.of("text", "names", "regions", "orgs", "categories", "dates")
                .flatMap(table -> GoldenTable.read("/text/" + table + ".tsv", columns(table)).stream())
                .map(row -> row.get(0));
    }

    private static int columns(String table) {
        return switch (table) {
            case "names" -> 7;
            case "regions" -> 7;
            case "orgs" -> 9;
            default -> 4;
        };
    }

    @ParameterizedTest
    @MethodSource("everyGoldenInput")
    void theSimplificationShortcutAgreesWithTheFullConversion(String input) {
        assertEquals(Simplifier.simplifyAlways(input), TextNormalizer.simplify(input));
    }

    @Test
    void theSimplificationShortcutAgreesOnPhrasesThatIcuTreatsSpecially() {
        for (String phrase : List.of("乾坤", "皇后", "头发", "发展", "干部", "里面", "什么", "一只", "郁金香", "著名",
                "周末", "面条", "松树", "出发", "制造", "系统", "游戏", "台风", "准备", "冲突")) {
            assertEquals(Simplifier.simplifyAlways(phrase), TextNormalizer.simplify(phrase), phrase);
        }
    }

    /**
     * ICU transliterators keep state while they run; sharing one across threads corrupts output.
     * Many threads convert different texts at once and must each get the single-threaded answer.
     */
    @Test
    void simplificationGivesTheSameAnswersWhenManyThreadsConvertAtOnce() throws Exception {
        List<String> inputs = List.of("見義勇為，捨己救人", "孝老愛親的好鄰居", "誠實守信、敬業奉獻", "廣西壯族自治區南寧市",
                "歐陽修與司馬光", "臺灣同胞", "頭髮與發展", "甚麼時候開會", "劉洋，女，漢族", "鄭州市金水區");
        List<String> expected = inputs.stream().map(TextNormalizer::key).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                jobs.add(() -> {
                    int wrong = 0;
                    for (int round = 0; round < 400; round++) {
                        int i = (round + offset) % inputs.size();
                        if (!expected.get(i).equals(TextNormalizer.key(inputs.get(i)))) {
                            wrong++;
                        }
                    }
                    return wrong;
                });
            }
            int wrong = 0;
            for (Future<Integer> result : pool.invokeAll(jobs, 20, TimeUnit.SECONDS)) {
                wrong += result.get();
            }
            assertEquals(0, wrong);
        } finally {
            pool.shutdownNow();
        }
    }
}
