package org.mingjing.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays out a titled table over as many A4 landscape pages as it needs: cell text wraps within its column, the
 * heading row repeats on every page, a row is never split across pages unless it is taller than a page, and
 * every page carries its number. Characters the font lacks print as a replacement mark rather than failing.
 */
@Component
public class TablePdf {

    private static final float MARGIN = 28f;
    private static final float TITLE_SIZE = 16f;
    private static final float BODY_SIZE = 8.5f;
    private static final float LEADING = 11.5f;
    private static final float PADDING = 3f;
    private static final float PREFACE_SIZE = 11f;
    private static final float PREFACE_LEADING = 17f;

    private final DocumentFonts fonts;

    TablePdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * A column: its heading and relative width.
     */
    public record Column(String heading, float weight) {
    }

    /**
     * The table to print. {@code pageLabel} is a pattern with {0} for the page and {1} for the page count. The
     * {@code preface}'s paragraphs, if any, are printed across the page between the subtitle and the table (a
     * report's narrative before its figures); they run on to further pages as needed.
     */
    public record Table(String title, String subtitle, List<Column> columns, List<List<String>> rows,
            String pageLabel, List<String> preface) {

        public Table(String title, String subtitle, List<Column> columns, List<List<String>> rows,
                String pageLabel) {
            this(title, subtitle, columns, rows, pageLabel, List.of());
        }
    }

    public byte[] render(Table table) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = fonts.load(doc);
            Writer writer = new Writer(doc, font, table);
            writer.write();
            doc.getDocumentInformation().setTitle(table.title());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
    }

    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Table table;
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private final float[] widths;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument doc, PDType0Font font, Table table) {
            this.doc = doc;
            this.font = font;
            this.table = table;
            float total = (float) table.columns().stream().mapToDouble(Column::weight).sum();
            float usable = size.getWidth() - 2 * MARGIN;
            widths = new float[table.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = usable * table.columns().get(i).weight() / total;
            }
        }

        void write() throws IOException {
            newPage(true, table.preface().isEmpty());
            if (!table.preface().isEmpty()) {
                float usable = size.getWidth() - 2 * MARGIN;
                for (String paragraph : table.preface()) {
                    // First-line indent of two characters, as Chinese prose is set.
                    for (String line : wrap("\u3000\u3000" + paragraph.strip(), usable, PREFACE_SIZE)) {
                        if (y - PREFACE_LEADING < MARGIN + 14) {
                            newPage(false, false);
                        }
                        text(content, line, MARGIN, y - PREFACE_SIZE, PREFACE_SIZE);
                        y -= PREFACE_LEADING;
                    }
                    y -= PREFACE_LEADING / 3;
                }
                y -= 6;
                if (y < MARGIN + 60) {
                    newPage(false, true);
                } else {
                    drawHeading();
                }
            }
            for (List<String> row : table.rows()) {
                List<List<String>> cells = new ArrayList<>();
                int lines = 1;
                for (int c = 0; c < widths.length; c++) {
                    List<String> wrapped = wrap(c < row.size() && row.get(c) != null ? row.get(c) : "",
                            widths[c] - 2 * PADDING);
                    cells.add(wrapped);
                    lines = Math.max(lines, wrapped.size());
                }
                float height = lines * LEADING + 2 * PADDING;
                if (y - height < MARGIN + 14 && y < size.getHeight() - MARGIN - 60) {
                    newPage(false, true);
                }
                drawRow(cells, height, false);
            }
            content.close();
            int count = pages.size();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String label = java.text.MessageFormat.format(table.pageLabel(), i + 1, count);
                    float w = width(label, BODY_SIZE);
                    text(footer, label, (size.getWidth() - w) / 2, MARGIN - 14, BODY_SIZE);
                }
            }
        }

        private void newPage(boolean first, boolean heading) throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(doc, page);
            y = size.getHeight() - MARGIN;
            if (first) {
                float w = width(table.title(), TITLE_SIZE);
                text(content, table.title(), (size.getWidth() - w) / 2, y - TITLE_SIZE, TITLE_SIZE);
                y -= TITLE_SIZE + 10;
                if (table.subtitle() != null) {
                    float sw = width(table.subtitle(), BODY_SIZE);
                    text(content, table.subtitle(), size.getWidth() - MARGIN - sw, y - BODY_SIZE, BODY_SIZE);
                    y -= BODY_SIZE + 8;
                }
            }
            if (heading) {
                drawHeading();
            }
        }

        /** The columns' headings, shaded, at the top of the table and of every page it continues on. */
        private void drawHeading() throws IOException {
            List<List<String>> heading = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = wrap(table.columns().get(c).heading(), widths[c] - 2 * PADDING);
                heading.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            drawRow(heading, lines * LEADING + 2 * PADDING, true);
        }

        private void drawRow(List<List<String>> cells, float height, boolean heading) throws IOException {
            float x = MARGIN;
            if (heading) {
                content.setNonStrokingColor(0.93f, 0.93f, 0.93f);
                content.addRect(MARGIN, y - height, size.getWidth() - 2 * MARGIN, height);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            content.setLineWidth(0.5f);
            for (int c = 0; c < widths.length; c++) {
                content.addRect(x, y - height, widths[c], height);
                content.stroke();
                float ty = y - PADDING - BODY_SIZE;
                for (String line : cells.get(c)) {
                    if (ty < MARGIN) {
                        break;
                    }
                    text(content, line, x + PADDING, ty, BODY_SIZE);
                    ty -= LEADING;
                }
                x += widths[c];
            }
            y -= height;
        }

        private void text(PDPageContentStream stream, String s, float x, float ty, float fontSize) throws IOException {
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(x, ty);
            stream.showText(s);
            stream.endText();
        }

        /** Breaks text into lines that fit the width, at any character (CJK text has no spaces to break at). */
        private List<String> wrap(String raw, float width) throws IOException {
            return wrap(raw, width, BODY_SIZE);
        }

        private List<String> wrap(String raw, float width, float fontSize) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(raw).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float w = 0;
                for (int i = 0; i < paragraph.length(); ) {
                    int cp = paragraph.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float cw = width(ch, fontSize);
                    if (w + cw > width && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        w = 0;
                    }
                    line.append(ch);
                    w += cw;
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String s, float fontSize) throws IOException {
            return font.getStringWidth(s) / 1000f * fontSize;
        }

        /** Replaces characters the font cannot show, and control characters, so that writing never fails. */
        private String printable(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (!Character.isISOControl(cp) && glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
