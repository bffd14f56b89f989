package org.civcred.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void aChartIsAPngOfTheAdvertisedSizeWithSomethingDrawnOnIt() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put("civilization", List.of(3L, 0L, 5L));
        series.put("credit", List.of(1L, 2L, 0L));
        ChartImage chart = new BarChart(ChartFont.find(Optional.empty())).draw("x.png", "Title", "month", "persons",
                List.of("2020-01", "2020-02", "2020-03"), series, "#,##0");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertNotNull(image);
        assertEquals(BarChart.WIDTH, image.getWidth());
        assertEquals(BarChart.HEIGHT, image.getHeight());
        assertTrue(colours(image) > 3, "bars, text and background, not a blank canvas");
        assertTrue(chart.dataUri().startsWith("data:image/png;base64,iVBOR"));
    }

    @Test
    void lagsAreBinnedByTheirInclusiveUpperBounds() {
        assertEquals(0, LagFigures.binOf(0));
        assertEquals(1, LagFigures.binOf(1));
        assertEquals(1, LagFigures.binOf(7));
        assertEquals(2, LagFigures.binOf(8));
        assertEquals(4, LagFigures.binOf(365));
        assertEquals(5, LagFigures.binOf(366));
        assertEquals(0, LagFigures.binOf(-2), "a negative lag is a same-day copy with a misdated page");
    }

    private static long colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
