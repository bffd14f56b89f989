package org.civcred.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.civcred.config.Errors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The scaling plot of the e2e results: pages against pipeline wall minutes and against seconds per
 * 1,000 pages (log x axis), and the flatness ratio of cost per page of the largest corpus against
 * one a tenth of its size or smaller (the goal: within ±25 % from 100k to 1M pages).
 */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = {"Scaling plot from e2e results: pages vs wall minutes and vs seconds per 1,000 pages; flatness ratio.",
            "Example: bin/civcred-bench scaling --json-dir target/bench --out docs/bench/scaling.png"})
final class ScalingCommand implements Callable<Integer> {

    private static final double FLATNESS_TOLERANCE = 0.25;

    @Mixin
    BenchOutput output;

    @Option(names = "--out", defaultValue = "docs/bench/scaling.png", description = "PNG to write. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<ScalingPoints.Point> points = ScalingPoints.read(output.dir());
        if (points.isEmpty()) {
            throw Errors.usage("No e2e results in " + output.dir(), "Run bin/civcred-bench e2e --pages N first (or give --json-dir)");
        }
        BenchReport report = new BenchReport("scaling", Clock.systemUTC());
        for (ScalingPoints.Point p : points) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("pages", p.pages());
            row.put("wall_minutes", p.wallMinutes());
            row.put("s_per_1k_pages", p.secondsPer1000Pages());
            row.put("result", p.file().getFileName().toString());
            report.row(row);
        }
        OptionalDouble flatness = ScalingPoints.flatness(points);
        if (flatness.isPresent()) {
            report.figure("flatness_pages", ScalingPoints.base(points).orElseThrow().pages() + " -> " + points.get(points.size() - 1).pages());
            report.figure("flatness_ratio", Math.round(flatness.getAsDouble() * 1000.0) / 1000.0);
            report.figure("flat_within_25_percent", Math.abs(flatness.getAsDouble() - 1.0) <= FLATNESS_TOLERANCE ? "yes" : "no");
        }
        Path png = out.toAbsolutePath();
        if (png.getParent() != null) {
            Files.createDirectories(png.getParent());
        }
        BitmapEncoder.saveBitmap(List.of(chart(points, "wall minutes", true), chart(points, "seconds per 1,000 pages", false)),
                1, 2, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        report.figure("plot", png.toString());
        report.finish(output.dir());
        return 0;
    }

    private static XYChart chart(List<ScalingPoints.Point> points, String yTitle, boolean wall) {
        XYChart chart = new XYChartBuilder().width(640).height(420).title("civcred end to end: " + yTitle)
                .xAxisTitle("pages (log scale)").yAxisTitle(yTitle).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        double[] x = points.stream().mapToDouble(ScalingPoints.Point::pages).toArray();
        double[] y = points.stream().mapToDouble(p -> wall ? p.wallMinutes() : p.secondsPer1000Pages()).toArray();
        chart.addSeries(yTitle, x, y);
        return chart;
    }
}
