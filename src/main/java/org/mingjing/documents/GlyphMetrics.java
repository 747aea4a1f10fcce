package org.mingjing.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The advance widths of the embedded TrueType font, read from its own tables so that the PDF and the OFD are set
 * with the same measurements, and the characters it can show. A character the font lacks (a rare name character,
 * an emoji pasted into a statement) prints as a white square, as Chinese typesetting marks a missing character
 * (缺字), rather than making the document fail.
 */
final class GlyphMetrics {

    /** 白方块 □, the conventional mark of a missing character. */
    private static final int MISSING = 0x25A1;

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Map<Integer, Double> widths = new HashMap<>();
    private final int replacement;

    GlyphMetrics(TrueTypeFont font) {
        try {
            this.font = font;
            this.cmap = font.getUnicodeCmapLookup(false);
            this.unitsPerEm = font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("the font's tables could not be read", e);
        }
        this.replacement = has(MISSING) ? MISSING : has(0xFFFD) ? 0xFFFD : '?';
    }

    /** Whether the font has a glyph for the character. */
    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** The advance width of a character in ems (1.0 for a full-width Chinese character). */
    double width(int codePoint) {
        if (codePoint == '\n') {
            return 0;
        }
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getAdvanceWidth(cmap.getGlyphId(cp)) / (double) unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException("the font's widths could not be read", e);
            }
        });
    }

    /**
     * The characters of the text as the font can show them: line ends kept as {@code \n}, tabs as spaces, other
     * control characters dropped, characters without a glyph replaced.
     */
    int[] printable(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints()
                .filter(cp -> cp == '\n' || !Character.isISOControl(cp))
                .map(cp -> cp == '\n' || has(cp) ? cp : replacement)
                .toArray();
    }

    /** The first of the candidates the font has, or the last one when it has none of them. */
    String firstAvailable(String... candidates) {
        for (String candidate : candidates) {
            if (candidate.codePoints().allMatch(this::has)) {
                return candidate;
            }
        }
        return candidates[candidates.length - 1];
    }
}
