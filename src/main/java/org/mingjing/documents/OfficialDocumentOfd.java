package org.mingjing.documents;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.dom4j.DocumentException;
import org.mingjing.documents.Typesetter.Mark;
import org.mingjing.documents.Typesetter.Ring;
import org.mingjing.documents.Typesetter.Rule;
import org.mingjing.documents.Typesetter.Sheet;
import org.mingjing.documents.Typesetter.Text;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.text.text.CT_Text;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;
import org.springframework.stereotype.Component;

/**
 * Writes an enforcement document as OFD (GB/T 33190-2016), the layout format the national archives rules expect
 * for electronic records (案卷归档). The pages are the very pages of the PDF, set once by {@link Typesetter} to GB/T
 * 9704-2012 (LAW.md §11), so the archived copy and the signed paper agree line for line; ofdrw draws them on one
 * canvas per page.
 *
 * <p>The font is embedded as a subset of the characters the document uses, cut from the same TrueType font the PDF
 * embeds (a collection's first font becomes a plain .ttf that OFD readers accept), which keeps an archived document
 * at tens of kilobytes instead of the font's megabytes. The character positions are written from the typesetter's
 * measurements, not remeasured, because ofdrw cannot tighten characters to the 28-per-line grid.
 */
@Component
public class OfficialDocumentOfd {

    /** Faux bold as in the PDF: OFD readers draw weight 700 with their own emboldening. */
    private static final int BOLD_WEIGHT = 700;

    private final DocumentFonts fonts;

    OfficialDocumentOfd(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The document as an OFD package (a zip with {@code OFD.xml} and {@code Doc_0/}). */
    public byte[] render(OfficialDocument document) {
        Path fontFile = null;
        try (TrueTypeFont font = fonts.openTrueType()) {
            GlyphMetrics metrics = new GlyphMetrics(font);
            List<Sheet> sheets = Typesetter.typeset(metrics, document);
            fontFile = Files.createTempFile("mingjing-ofd-", ".ttf");
            subset(font, sheets, fontFile);
            String name = font.getName() == null ? "MingjingSubset" : font.getName();
            org.ofdrw.font.Font ofdFont = new org.ofdrw.font.Font(name, name, fontFile);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OFDDoc ofd = new OFDDoc(out)) {
                PageLayout layout = PageLayout.A4();
                layout.setMargin(0d);
                ofd.setDefaultPageLayout(layout);
                describe(ofd, document);
                for (Sheet sheet : sheets) {
                    VirtualPage page = new VirtualPage(layout);
                    Canvas canvas = new Canvas(0, 0, Typesetter.PAGE_WIDTH, Typesetter.PAGE_HEIGHT);
                    canvas.setDrawer(context -> {
                        for (Mark mark : sheet.marks()) {
                            draw(context, canvas, ofdFont, metrics, mark);
                        }
                    });
                    page.add(canvas);
                    ofd.addVPage(page);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the OFD could not be written", e);
        } finally {
            if (fontFile != null) {
                try {
                    Files.deleteIfExists(fontFile);
                } catch (IOException e) {
                    fontFile.toFile().deleteOnExit();
                }
            }
        }
    }

    /** The title (with the document number) and creator in the package's document information. */
    private static void describe(OFDDoc ofd, OfficialDocument document) {
        try {
            ofd.getOfdDir().getOfd().getDocBody().getDocInfo()
                    .setTile(document.number() == null ? document.title() : document.title() + " " + document.number())
                    .setCreator("Mingjing");
        } catch (DocumentException | FileNotFoundException e) {
            throw new IllegalStateException("the OFD's document information could not be read", e);
        }
    }

    private static void subset(TrueTypeFont font, List<Sheet> sheets, Path target) throws IOException {
        TreeSet<Integer> used = new TreeSet<>();
        for (Sheet sheet : sheets) {
            for (Mark mark : sheet.marks()) {
                if (mark instanceof Text text) {
                    text.text().codePoints().forEach(used::add);
                }
            }
        }
        TTFSubsetter subsetter = new TTFSubsetter(font);
        subsetter.addAll(used);
        try (OutputStream out = Files.newOutputStream(target)) {
            subsetter.writeToStream(out);
        }
    }

    private static void draw(DrawContext context, Canvas canvas, org.ofdrw.font.Font font, GlyphMetrics metrics,
            Mark mark) throws IOException {
        if (mark instanceof Text text) {
            double size = text.size() * Typesetter.PT;
            FontSetting setting = new FontSetting(size, font);
            if (text.bold()) {
                setting.setFontWeight(BOLD_WEIGHT);
            }
            context.setFont(setting);
            context.setFillColor(rgb(text.color()));
            if (text.text().codePointCount(0, text.text().length()) == text.text().length()) {
                context.fillText(text.text(), text.x(), text.y());
                placeCharacters(canvas, metrics, text, size);
            } else {
                // Readers disagree on whether DeltaX counts a character outside the BMP once or twice: set each alone.
                double x = text.x();
                for (int c : text.text().codePoints().toArray()) {
                    context.fillText(new String(Character.toChars(c)), x, text.y());
                    x += metrics.width(c) * size + text.spacing();
                }
            }
        } else if (mark instanceof Rule rule) {
            context.setStrokeColor(rgb(rule.color()));
            context.setLineWidth(rule.width());
            context.beginPath();
            context.moveTo(rule.x1(), rule.y1());
            context.lineTo(rule.x2(), rule.y2());
            context.stroke();
        } else if (mark instanceof Ring ring) {
            context.setStrokeColor(rgb(ring.color()));
            context.setLineWidth(ring.width());
            context.beginPath();
            double cx = ring.cx();
            double cy = ring.cy();
            double r = ring.radius();
            double k = 0.5523 * r;
            context.moveTo(cx + r, cy);
            context.bezierCurveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            context.bezierCurveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            context.bezierCurveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            context.bezierCurveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            context.closePath();
            context.stroke();
        }
    }

    /**
     * Rewrites the character offsets (DeltaX) of the text object just drawn with the typesetter's own advances:
     * ofdrw measures with AWT and refuses negative letter spacing, while the GB/T 9704 grid sets 16 pt characters
     * at 156/28 mm, a little closer than their em.
     */
    private static void placeCharacters(Canvas canvas, GlyphMetrics metrics, Text text, double size) {
        CT_PageBlock block = canvas.getPreferBlock();
        if (block == null) {
            return;
        }
        List<PageBlockType> objects = block.getPageBlocks();
        if (objects.isEmpty() || !(objects.get(objects.size() - 1) instanceof CT_Text drawn)
                || drawn.getTextCodes().isEmpty()) {
            return;
        }
        int[] chars = text.text().codePoints().toArray();
        if (chars.length < 2) {
            return;
        }
        Double[] deltas = new Double[chars.length - 1];
        for (int i = 0; i < deltas.length; i++) {
            deltas[i] = metrics.width(chars[i]) * size + text.spacing();
        }
        drawn.getTextCodes().get(0).setDeltaX(deltas);
    }

    private static int[] rgb(int color) {
        return new int[] {(color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF};
    }
}
