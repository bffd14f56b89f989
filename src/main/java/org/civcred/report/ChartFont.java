package org.civcred.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civcred.config.Errors;

/**
 * The font charts are drawn with. Chinese labels need one with CJK glyphs; without one they would
 * come out as empty boxes, so the charts then use codes and numbered terms instead and the HTML
 * beside each chart names them.
 *
 * @param family a font family Java can draw with
 * @param cjk    whether it draws Chinese
 */
public record ChartFont(String family, boolean cjk) {

    /** Characters every Chinese label needs at least. */
    static final String SAMPLE = "中国好人诚信天津省市县";
    /** Families worth preferring when several are installed: they read well at small sizes. */
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN");
    private static final String LATIN = "DejaVu Sans";

    /**
     * Registers {@code fontFile} when given (a TrueType/OpenType file or collection), otherwise looks
     * through the installed fonts; falls back to a Latin font without CJK.
     */
    public static ChartFont find(Optional<Path> fontFile) {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        if (fontFile.isPresent()) {
            return register(env, fontFile.get());
        }
        List<String> installed = List.of(env.getAvailableFontFamilyNames());
        for (String family : PREFERRED) {
            if (installed.contains(family) && drawsChinese(family)) {
                return new ChartFont(family, true);
            }
        }
        for (String family : installed) {
            if (!family.startsWith("Dialog") && !family.equals("Serif") && drawsChinese(family)) {
                return new ChartFont(family, true);
            }
        }
        return new ChartFont(installed.contains(LATIN) ? LATIN : Font.SANS_SERIF, false);
    }

    public Font plain(int size) {
        return new Font(family, Font.PLAIN, size);
    }

    public Font bold(int size) {
        return new Font(family, Font.BOLD, size);
    }

    private static ChartFont register(GraphicsEnvironment env, Path file) {
        if (!Files.isReadable(file)) {
            throw Errors.usage("Font file " + file + " (setting report.font-file) cannot be read",
                    "Point report.font-file at a TrueType or OpenType font with Chinese glyphs, or leave it empty");
        }
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            for (Font f : fonts) {
                env.registerFont(f);
            }
            Font first = fonts[0];
            return new ChartFont(first.getFamily(), first.canDisplayUpTo(SAMPLE) == -1);
        } catch (FontFormatException | IOException e) {
            throw Errors.usage("Font file " + file + " (setting report.font-file) is not a font: " + e.getMessage(),
                    "Point report.font-file at a .ttf, .otf or .ttc file, or leave it empty");
        }
    }

    private static boolean drawsChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }
}
