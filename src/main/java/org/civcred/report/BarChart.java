package org.civcred.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * Draws one bar chart (one or more series over shared categories) to PNG in the report's style:
 * white background, legend below the plot so it never covers a bar, x labels turned upright when
 * they would otherwise run into each other.
 */
final class BarChart {

    static final int WIDTH = 960;
    static final int HEIGHT = 500;
    /** The first colour is the civilization side's, the second the credit side's, in every chart. */
    private static final Color[] COLOURS = {new Color(0x1B, 0x7F, 0x5B), new Color(0xC2, 0x41, 0x2D),
        new Color(0x3A, 0x6E, 0xA5), new Color(0xD9, 0x95, 0x1E)};

    private final ChartFont font;

    BarChart(ChartFont font) {
        this.font = font;
    }

    /**
     * @param file      PNG file name
     * @param yPattern  decimal pattern for the y ticks ({@code #,##0} for counts, {@code 0%} for shares)
     * @param series    series name → one value per category, in legend order
     */
    ChartImage draw(String file, String title, String xTitle, String yTitle, List<String> categories,
                    Map<String, ? extends List<? extends Number>> series, String yPattern) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart.getStyler(), categories, series.size(), yPattern);
        series.forEach((name, values) -> chart.addSeries(name, categories, List.copyOf(values)));
        try {
            return new ChartImage(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG), WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding chart " + file, e);
        }
    }

    private void style(CategoryStyler s, List<String> categories, int seriesCount, String yPattern) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        s.setChartTitleFont(font.bold(17));
        s.setAxisTitleFont(font.plain(14));
        s.setAxisTickLabelsFont(font.plain(12));
        s.setLegendFont(font.plain(13));
        s.setLegendVisible(seriesCount > 1);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setSeriesColors(COLOURS);
        s.setAvailableSpaceFill(seriesCount > 1 ? 0.8 : 0.6);
        s.setOverlapped(false);
        s.setYAxisDecimalPattern(yPattern);
        s.setYAxisMin(0.0);
        s.setToolTipsEnabled(false);
        s.setChartPadding(12);
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        // Roughly 7 px per Latin character at 12 pt; a CJK character is about twice as wide.
        int perCategory = WIDTH / Math.max(1, categories.size());
        int labelWidth = longest * (font.cjk() ? 13 : 7);
        if (labelWidth > perCategory - 6) {
            s.setXAxisLabelRotation(90);
            s.setXAxisLabelAlignmentVertical(AxesChartStyler.TextAlignment.Right);
        }
    }
}
