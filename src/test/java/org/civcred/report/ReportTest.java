package org.civcred.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.civcred.cli.Main;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.Tables;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/civcred report over the mirror's pipeline run, and over a data directory with nothing in it yet. */
class ReportTest {

    private static final List<String> SECTION_IDS = List.of("persons", "lags", "terms", "mentions", "cities");
    private static final Pattern EMBEDDED = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    static Path out;

    private static String data;
    private static Tables tables;
    private static String html;

    @BeforeAll
    static void writeTheReportOfTheMirrorRun() throws IOException {
        data = MirrorPipeline.get().data().toString();
        tables = new Tables(SharedSpark.get(), data);
        Run run = Run.of("report", "--data", data, "--out", out.resolve("index.html").toString());
        assertEquals(0, run.exit(), run.err());
        html = Files.readString(out.resolve("index.html"));
    }

    @Test
    void theReportHoldsEverySectionTheHeaderAndTheCitation() {
        for (String id : SECTION_IDS) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), "section " + id);
        }
        assertTrue(html.contains("Table versions read") && html.contains("How to cite"));
        assertTrue(html.contains("explode(concat(civ_capture_ids, credit_capture_ids)) AS cid FROM overlap_persons"));
        assertTrue(html.contains(MirrorPipeline.RUN_ID), "the run id is named");
        assertFalse(html.contains("no rows yet"), "the mirror fills every gold table");
    }

    @Test
    void theReportLoadsNothingFromOutside() {
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");
        assertFalse(html.contains("<link") || html.contains("<script"));
    }

    @Test
    void everyImageIsAnEmbeddedPngThatDecodesAndIsAlsoWrittenBeside() throws IOException {
        Matcher m = EMBEDDED.matcher(html);
        List<BufferedImage> images = new ArrayList<>();
        while (m.find()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertNotNull(image, "a PNG ImageIO can read");
            assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
            images.add(image);
        }
        assertEquals(html.split("<img", -1).length - 1, images.size(), "every <img> is an embedded PNG");
        assertEquals(5, images.size(), "persons per month and per province, lags, terms, cross-mentions");
        try (var files = Files.list(out)) {
            assertEquals(5, files.filter(p -> p.toString().endsWith(".png")).count());
        }
    }

    @Test
    void thePersonsTotalIsTheRowCountOfOverlapPersons() {
        assertEquals(tables.read("overlap_persons").count(), figure("persons-total"));
        assertTrue(figure("persons-total") > 0);
    }

    @Test
    void theCitiesTableHasOneRowPerOverlapCitiesRow() {
        String cities = html.substring(html.indexOf("<table class=\"cities\">"));
        cities = cities.substring(0, cities.indexOf("</table>"));
        Set<String> shown = new TreeSet<>();
        Matcher m = Pattern.compile("<tr data-key=\"(\\d{6})\">").matcher(cities);
        int rows = 0;
        while (m.find()) {
            shown.add(m.group(1));
            rows++;
        }
        Set<String> expected = new TreeSet<>(tables.read("overlap_cities").select("city_code").as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertEquals(expected.size(), rows);
        assertEquals(expected, shown);
        assertEquals(expected.size(), figure("cities-total"));
    }

    @Test
    void theHeaderNamesTheDeltaVersionOfEachGoldTable() {
        for (String table : TableCatalog.GOLD) {
            long version = tables.version(table).orElseThrow();
            assertTrue(html.contains("<tr data-key=\"" + table + "\"><td>" + table + "</td><td>" + version + "</td>"),
                    table + " at version " + version);
        }
    }

    @Test
    void theVersionsInTheHeaderDrawTheSameReportAgain() throws IOException {
        Matcher m = Pattern.compile("--as-of ([a-z_=0-9,]+)</code>").matcher(html);
        assertTrue(m.find());
        Path again = out.resolve("again/index.html");
        Run run = Run.of("report", "--data", data, "--out", again.toString(), "--as-of", m.group(1));
        assertEquals(0, run.exit(), run.err());
        String second = Files.readString(again);
        assertEquals(figureIn(html, "persons-total"), figureIn(second, "persons-total"));
        assertEquals(figureIn(html, "article-copies"), figureIn(second, "article-copies"));
    }

    @Test
    void aVersionNoTableHasIsAClearError() {
        Run run = Run.of("report", "--data", data, "--out", out.resolve("never/index.html").toString(), "--as-of", "999");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--as-of finds no version of overlap_persons"), run.err());
    }

    @Test
    void anEmptyDataDirectoryGivesNoRowsYetInEverySection(@TempDir Path empty) throws IOException {
        Run run = Run.of("report", "--data", empty.toString());
        assertEquals(0, run.exit(), run.err());
        String page = Files.readString(empty.resolve("report/index.html"));
        for (String id : SECTION_IDS) {
            String section = page.substring(page.indexOf("<section id=\"" + id + "\">"));
            section = section.substring(0, section.indexOf("</section>"));
            assertTrue(section.contains("no rows yet"), id + " says no rows yet");
        }
        assertFalse(page.contains("<img"));
        assertTrue(page.contains("<td>overlap_persons</td><td>absent</td>"));
    }

    @Test
    void aMissingDataDirectoryIsAClearError(@TempDir Path dir) {
        Run run = Run.of("report", "--data", dir.resolve("nowhere").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("No data directory at"), run.err());
    }

    private static long figure(String key) {
        return figureIn(html, key);
    }

    private static long figureIn(String page, String key) {
        Matcher m = Pattern.compile("data-figure=\"" + key + "\">([0-9,]+)<").matcher(page);
        assertTrue(m.find(), "figure " + key);
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** One command line run with its exit code and error output. */
    private record Run(int exit, String err) {

        static Run of(String... args) {
            SharedSpark.get();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream saved = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                return new Run(Main.execute(args), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setErr(saved);
            }
        }
    }
}
