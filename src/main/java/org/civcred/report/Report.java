package org.civcred.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.report.ReportHeader.TableLine;
import org.civcred.report.Section.Chart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the report: reads the gold tables once, computes each section's figures, draws the charts,
 * and writes {@code index.html} (everything embedded) with the chart PNGs beside it. Reading only:
 * no table is written, so it can run while nothing else does or alongside a scheduler.
 */
public final class Report {

    private static final Logger LOG = LoggerFactory.getLogger(Report.class);

    /**
     * What was written.
     *
     * @param html     the HTML file
     * @param pngs     the chart files beside it
     * @param sections the sections, with their figures
     */
    public record Result(Path html, List<Path> pngs, List<Section> sections) {
    }

    private final SparkSession spark;
    private final ChartFont font;
    private final Clock clock;

    public Report(SparkSession spark, ChartFont font, Clock clock) {
        this.spark = spark;
        this.font = font;
        this.clock = clock;
    }

    public Result write(String dataDir, AsOf asOf, Path htmlFile) {
        long start = clock.millis();
        GoldSnapshot gold = GoldSnapshot.read(spark, dataDir, asOf);
        List<TableLine> lines = gold.all().stream().map(r -> new TableLine(r, r.rows().count())).toList();
        LOG.info("report: read {}", lines.stream().map(l -> l.read().table() + "@"
                + (l.read().version().isPresent() ? l.read().version().getAsLong() : "absent") + " (" + l.rows() + " rows)")
                .toList());
        List<Section> sections = sections(gold);
        ReportHeader header = new ReportHeader(dataDir, clock.instant().truncatedTo(ChronoUnit.SECONDS), lines, font, examplePair(gold));
        Result result = save(htmlFile, HtmlPage.render(header, sections), sections);
        LOG.info("report: {} sections, {} charts written to {} in {} ms", sections.size(), result.pngs().size(),
                htmlFile, clock.millis() - start);
        return result;
    }

    private List<Section> sections(GoldSnapshot gold) {
        BarChart bars = new BarChart(font);
        Places places = new Places(font.cjk());
        List<Section> sections = new ArrayList<>();
        sections.add(step("overlapping persons",
                () -> PersonsSection.build(PersonFigures.of(gold.rows("overlap_persons")), bars, places, font.cjk())));
        sections.add(step("republication lags",
                () -> LagSection.build(LagFigures.of(gold.rows("overlap_articles")), bars)));
        sections.add(step("shared terms",
                () -> TermsSection.build(TermFigures.of(gold.rows("overlap_terms")), bars, font.cjk())));
        sections.add(step("cross-mentions",
                () -> MentionsSection.build(MentionFigures.of(gold.rows("cross_mentions")), bars)));
        sections.add(step("cities", () -> CitiesSection.build(CityRow.of(gold.rows("overlap_cities")), places)));
        return sections;
    }

    private Section step(String what, Supplier<Section> build) {
        long t0 = clock.millis();
        Section s = build.get();
        LOG.info("report: {} — {} chart(s){} in {} ms", what, s.charts().size(), s.noRows() ? ", no rows yet" : "",
                clock.millis() - t0);
        return s;
    }

    private static String examplePair(GoldSnapshot gold) {
        var first = gold.rows("overlap_persons").select("pair_id").orderBy("pair_id").limit(1).collectAsList();
        return first.isEmpty() ? null : first.get(0).getString(0);
    }

    private static Result save(Path htmlFile, String html, List<Section> sections) {
        Path dir = htmlFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            List<Path> pngs = new ArrayList<>();
            for (Section s : sections) {
                for (Chart c : s.charts()) {
                    Path png = dir.resolve(c.image().file());
                    Files.write(png, c.image().png());
                    pngs.add(png);
                }
            }
            Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
            return new Result(htmlFile, List.copyOf(pngs), sections);
        } catch (IOException e) {
            throw Errors.io("Cannot write the report to " + htmlFile, e);
        }
    }
}
