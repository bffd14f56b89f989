package org.civcred.report;

import java.util.Base64;

/**
 * One chart as a PNG.
 *
 * @param file   file name beside the HTML, e.g. {@code persons-by-month.png}
 * @param png    the encoded image
 * @param width  pixels
 * @param height pixels
 */
public record ChartImage(String file, byte[] png, int width, int height) {

    /** The image as a {@code data:} URI, so the HTML needs nothing beside it. */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
