package org.mingjing.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.mingjing.documents.Typesetter.Mark;
import org.mingjing.documents.Typesetter.Ring;
import org.mingjing.documents.Typesetter.Rule;
import org.mingjing.documents.Typesetter.Sheet;
import org.mingjing.documents.Typesetter.Text;
import org.springframework.stereotype.Component;

/**
 * Prints an enforcement document as the PDF a clerk signs and hands over: A4, set by GB/T 9704-2012 (LAW.md §11;
 * the layout rules are in {@link Typesetter}), with the Chinese font embedded as a subset so the file prints the
 * same anywhere. Answers 503 when the server has no embeddable font ({@link DocumentFonts}).
 */
@Component
public class OfficialDocumentPdf {

    private static final float POINTS_PER_MM = (float) (72 / 25.4);
    /** The outline width that thickens a glyph into a bold face when the font has no bold of its own. */
    private static final float FAUX_BOLD = 0.03f;

    private final DocumentFonts fonts;

    OfficialDocumentPdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The document as a PDF. */
    public byte[] render(OfficialDocument document) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = fonts.load(pdf);
            GlyphMetrics metrics = new GlyphMetrics(((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont());
            List<Sheet> sheets = Typesetter.typeset(metrics, document);
            for (Sheet sheet : sheets) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    float height = page.getMediaBox().getHeight();
                    for (Mark mark : sheet.marks()) {
                        draw(content, font, height, mark);
                    }
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.number() == null ? document.title() : document.title() + " " + document.number());
            if (document.agency() != null) {
                info.setAuthor(document.agency());
            }
            info.setCreator("Mingjing");
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }

    private static void draw(PDPageContentStream content, PDType0Font font, float pageHeight, Mark mark)
            throws IOException {
        if (mark instanceof Text text) {
            float[] rgb = rgb(text.color());
            content.beginText();
            content.setFont(font, (float) text.size());
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setCharacterSpacing(mm(text.spacing()));
            if (text.bold()) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
                content.setLineWidth((float) (text.size() * FAUX_BOLD));
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(mm(text.x()), pageHeight - mm(text.y()));
            content.showText(text.text());
            content.endText();
        } else if (mark instanceof Rule rule) {
            float[] rgb = rgb(rule.color());
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setLineWidth(mm(rule.width()));
            content.moveTo(mm(rule.x1()), pageHeight - mm(rule.y1()));
            content.lineTo(mm(rule.x2()), pageHeight - mm(rule.y2()));
            content.stroke();
        } else if (mark instanceof Ring ring) {
            float[] rgb = rgb(ring.color());
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setLineWidth(mm(ring.width()));
            circle(content, mm(ring.cx()), pageHeight - mm(ring.cy()), mm(ring.radius()));
            content.stroke();
        }
    }

    /** A circle as four Bézier quarter arcs. */
    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    private static float mm(double millimetres) {
        return (float) millimetres * POINTS_PER_MM;
    }

    private static float[] rgb(int color) {
        return new float[] {((color >> 16) & 0xFF) / 255f, ((color >> 8) & 0xFF) / 255f, (color & 0xFF) / 255f};
    }
}
