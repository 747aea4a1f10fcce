package org.mingjing.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mingjing.documents.LineBreaker.Line;
import org.mingjing.documents.OfficialDocument.Align;
import org.mingjing.documents.OfficialDocument.Block;
import org.mingjing.documents.OfficialDocument.Cell;
import org.mingjing.documents.OfficialDocument.Field;
import org.mingjing.documents.OfficialDocument.Gap;
import org.mingjing.documents.OfficialDocument.PageBreak;
import org.mingjing.documents.OfficialDocument.Paragraph;
import org.mingjing.documents.OfficialDocument.Row;
import org.mingjing.documents.OfficialDocument.Run;
import org.mingjing.documents.OfficialDocument.SignLines;
import org.mingjing.documents.OfficialDocument.Signature;
import org.mingjing.documents.OfficialDocument.Table;
import org.mingjing.documents.OfficialDocument.VerticalAlign;

/**
 * Sets an {@link OfficialDocument} on A4 pages by GB/T 9704-2012 (LAW.md §11), once, for both the PDF and the OFD:
 * the result is a list of sheets of positioned marks (text, rules, circles) in millimetres from the top left
 * corner, which each format only has to draw. The rules it encodes:
 *
 * <ul>
 * <li>A4 (210 × 297 mm); top margin 37 mm, binding (left) margin 28 mm, text block 156 × 225 mm (5.2.1, 5.2.2).</li>
 * <li>Body in 3号 (16 pt) on a grid of 22 lines of 28 characters (5.2.3): a line pitch of 225/22 mm, and a
 * character pitch of 156/28 mm, slightly under the 16 pt em, so full-width characters are drawn 1.3 % closer as
 * word processors do when they snap to the grid.</li>
 * <li>Title in 2号 (22 pt), centred; the document number in 3号 centred under it (7.2.4, 7.3.1).</li>
 * <li>Paragraphs justified with a first-line indent of two characters (7.3.3); no closing mark starts a line
 * ({@link LineBreaker}).</li>
 * <li>Agency name and date: the date right-indented four characters, the agency centred over it, the seal
 * pressing on both with its top within a line of the text (7.3.5.1).</li>
 * <li>Page numbers "— 1 —" in 4号 (14 pt), 7 mm below the text block, odd pages right and even pages left,
 * one character in from the edge of the text block (7.5).</li>
 * </ul>
 *
 * Tables (forms) are not part of GB/T 9704; they take the text block's width, 0.5 pt rules and the body size, or
 * 12 pt when a short entry would otherwise wrap in its column.
 */
final class Typesetter {

    /** Millimetres per point. */
    static final double PT = 25.4 / 72;
    static final double PAGE_WIDTH = 210;
    static final double PAGE_HEIGHT = 297;
    static final double TOP = 37;
    static final double LEFT = 28;
    static final double WIDTH = 156;
    static final double HEIGHT = 225;
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    /** The line pitch of the body grid. */
    static final double LINE = HEIGHT / LINES_PER_PAGE;
    /** The character pitch of the body grid. */
    static final double CHAR = WIDTH / CHARS_PER_LINE;
    static final double BODY_SIZE = 16;
    static final double TITLE_SIZE = 22;
    static final double FOLIO_SIZE = 14;
    static final double SMALL_SIZE = 12;
    /** How far below the text block the page number's line starts (GB/T 9704-2012 7.5). */
    static final double FOLIO_DROP = 7;
    static final double RULE_WIDTH = 0.5 * PT;
    /** Seals of agencies are 42 mm across; the placeholder marks where it is pressed. */
    static final double SEAL_RADIUS = 21;
    static final int BLACK = 0x000000;
    static final int SEAL_RED = 0xD7000F;

    private static final double CELL_PADDING_X = 1.5;
    private static final double CELL_PADDING_Y = 1.2;
    private static final double CELL_LEADING = 1.5;
    /** A table entry up to this many characters is "short": it should fit its column on one line. */
    private static final int SHORT_ENTRY = 16;
    private static final double EPSILON = 1e-6;

    /** One page: what to draw on it. */
    record Sheet(List<Mark> marks) {
    }

    /** Something drawn on a page; lengths in millimetres from the top left corner, type sizes in points. */
    sealed interface Mark permits Text, Rule, Ring {
    }

    /**
     * Text on one baseline starting at {@code (x, y)}; {@code spacing} is added after each character's own advance
     * (the grid's tightening plus any justification).
     */
    record Text(double x, double y, double size, double spacing, boolean bold, int color, String text) implements Mark {
    }

    /** A straight line. */
    record Rule(double x1, double y1, double x2, double y2, double width, int color) implements Mark {
    }

    /** A circle. */
    record Ring(double cx, double cy, double radius, double width, int color) implements Mark {
    }

    /** Text as the font can show it, with a bold flag per character. */
    private record Styled(int[] chars, boolean[] bold) {
    }

    private final GlyphMetrics metrics;
    private final OfficialDocument document;
    private final List<Sheet> sheets = new ArrayList<>();
    private List<Mark> marks;
    private double y;
    private boolean pageHasContent;

    private Typesetter(GlyphMetrics metrics, OfficialDocument document) {
        this.metrics = metrics;
        this.document = document;
    }

    /** The document set on as many pages as it needs. */
    static List<Sheet> typeset(GlyphMetrics metrics, OfficialDocument document) {
        Typesetter setter = new Typesetter(metrics, document);
        setter.run();
        return setter.sheets;
    }

    private void run() {
        newPage();
        heading();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                paragraph(p);
            } else if (block instanceof Field f) {
                field(f);
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Signature s) {
                signature(s);
            } else if (block instanceof SignLines s) {
                signLines(s);
            } else if (block instanceof Gap) {
                gap();
            } else if (block instanceof PageBreak && pageHasContent) {
                newPage();
            }
        }
        finishPage();
        if (document.folios()) {
            folios();
        }
    }

    // ---- heading ----

    private void heading() {
        if (document.agency() != null) {
            centred(styled(document.agency()), TITLE_SIZE);
        }
        centred(styled(document.title()), TITLE_SIZE);
        if (document.number() != null) {
            centred(styled(document.number()), BODY_SIZE);
        }
        y += LINE;
    }

    private void centred(Styled text, double size) {
        for (Line line : wrap(text, size, WIDTH, WIDTH)) {
            slot();
            double w = width(text, line.start(), line.end(), size);
            emit(text, line.start(), line.end(), LEFT + (WIDTH - w) / 2, baseline(y, LINE, size), size, 0, BLACK);
            y += LINE;
        }
    }

    // ---- body blocks ----

    private void paragraph(Paragraph p) {
        Styled text = styled(p.runs());
        double indent = Math.min(p.indent() * CHAR, WIDTH - CHAR);
        List<Line> lines = wrap(text, BODY_SIZE, WIDTH - indent, WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            slot();
            double x = LEFT + (i == 0 ? indent : 0);
            double available = LEFT + WIDTH - x;
            double natural = width(text, line.start(), line.end(), BODY_SIZE);
            double extra = 0;
            switch (p.align()) {
                case JUSTIFY -> extra = justification(line, available, natural);
                case CENTER -> x = LEFT + (WIDTH - natural) / 2;
                case RIGHT -> x = LEFT + WIDTH - natural;
                case LEFT -> {
                }
            }
            emit(text, line.start(), line.end(), x, baseline(y, LINE, BODY_SIZE), BODY_SIZE, extra, BLACK);
            y += LINE;
        }
    }

    private void field(Field f) {
        Styled labelText = styled(f.printedLabel());
        double labelWidth = width(labelText, 0, labelText.chars().length, BODY_SIZE);
        boolean hanging = labelWidth <= WIDTH / 2;
        double valueX = LEFT + labelWidth;
        Styled value = styled(f.value());
        List<Line> lines = wrap(value, BODY_SIZE, WIDTH - labelWidth, hanging ? WIDTH - labelWidth : WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            slot();
            double base = baseline(y, LINE, BODY_SIZE);
            if (i == 0) {
                emit(labelText, 0, labelText.chars().length, LEFT, base, BODY_SIZE, 0, BLACK);
            }
            double x = i == 0 || hanging ? valueX : LEFT;
            double extra = justification(line, LEFT + WIDTH - x, width(value, line.start(), line.end(), BODY_SIZE));
            emit(value, line.start(), line.end(), x, base, BODY_SIZE, extra, BLACK);
            y += LINE;
        }
    }

    private void gap() {
        if (!pageHasContent) {
            return;
        }
        if (y + LINE > bottom() + EPSILON) {
            newPage();
            return;
        }
        y += LINE;
    }

    /**
     * The agency's name and the date (GB/T 9704-2012 7.3.5.1): the date right-indented four characters, the name
     * centred over it; with a seal, two blank lines above so that the seal's top stays within a line of the text,
     * and the seal centred on name and date, which sit below its centre. The block is never split across pages.
     */
    private void signature(Signature s) {
        int blanks = s.seal() ? 2 : 1;
        int lines = blanks + (s.agency() != null ? 1 : 0) + (s.date() != null ? 1 : 0);
        if (y + lines * LINE > bottom() + EPSILON) {
            newPage();
        }
        y += blanks * LINE;
        double right = LEFT + WIDTH - 4 * CHAR;
        Styled agency = s.agency() == null ? null : styled(s.agency());
        Styled date = s.date() == null ? null : styled(s.date());
        double agencyWidth = agency == null ? 0 : width(agency, 0, agency.chars().length, BODY_SIZE);
        double dateWidth = date == null ? 0 : width(date, 0, date.chars().length, BODY_SIZE);
        double centre = date != null ? right - dateWidth / 2 : right - agencyWidth / 2;
        double agencyTop = y;
        if (agency != null) {
            double x = Math.min(centre - agencyWidth / 2, LEFT + WIDTH - 2 * CHAR - agencyWidth);
            emit(agency, 0, agency.chars().length, Math.max(LEFT, x), baseline(y, LINE, BODY_SIZE), BODY_SIZE, 0,
                    BLACK);
            y += LINE;
        }
        if (date != null) {
            emit(date, 0, date.chars().length, right - dateWidth, baseline(y, LINE, BODY_SIZE), BODY_SIZE, 0, BLACK);
            y += LINE;
        }
        if (s.seal()) {
            double cy = agencyTop + LINE / 2;
            marks.add(new Ring(centre, cy, SEAL_RADIUS, RULE_WIDTH, SEAL_RED));
            if (s.sealLabel() != null) {
                Styled label = styled(s.sealLabel());
                double w = width(label, 0, label.chars().length, SMALL_SIZE);
                emit(label, 0, label.chars().length, centre - w / 2, cy - SEAL_RADIUS / 2, SMALL_SIZE, 0, SEAL_RED);
            }
        }
        pageHasContent = true;
    }

    /** A line per signer: the label, a rule to sign on, and the date blank flush right; kept on one page. */
    private void signLines(SignLines s) {
        if (y + s.labels().size() * LINE > bottom() + EPSILON && s.labels().size() * LINE <= bottom() - TOP) {
            newPage();
        }
        Styled date = s.date() == null ? null : styled(s.date());
        double dateWidth = date == null ? 0 : width(date, 0, date.chars().length, BODY_SIZE);
        for (String label : s.labels()) {
            slot();
            double base = baseline(y, LINE, BODY_SIZE);
            double ruleEnd = date == null ? LEFT + WIDTH * 0.75 : LEFT + WIDTH - dateWidth - CHAR;
            signBlank(label, LEFT, ruleEnd, base);
            if (date != null) {
                emit(date, 0, date.chars().length, LEFT + WIDTH - dateWidth, base, BODY_SIZE, 0, BLACK);
            }
            y += LINE;
        }
    }

    private static String signLabel(String label) {
        return label.endsWith("\uFF1A") || label.endsWith(":") ? label : label + "\uFF1A";
    }

    private void signBlank(String label, double x, double ruleEnd, double base) {
        Styled styled = styled(signLabel(label));
        double w = width(styled, 0, styled.chars().length, BODY_SIZE);
        emit(styled, 0, styled.chars().length, x, base, BODY_SIZE, 0, BLACK);
        double from = x + w + 1;
        if (ruleEnd > from + 1) {
            marks.add(new Rule(from, base + 1, ruleEnd, base + 1, RULE_WIDTH, BLACK));
        }
    }

    // ---- tables ----

    private record CellLayout(Cell cell, double x0, double x1, Styled text, List<Line> lines) {
    }

    private void table(Table t) {
        double total = t.widths().stream().mapToDouble(Double::doubleValue).sum();
        double[] edges = new double[t.widths().size() + 1];
        edges[0] = LEFT;
        for (int i = 0; i < t.widths().size(); i++) {
            edges[i + 1] = edges[i] + WIDTH * t.widths().get(i) / total;
        }
        edges[edges.length - 1] = LEFT + WIDTH;
        double size = tableSize(t, edges);
        double pitch = size * PT * CELL_LEADING;
        for (Row row : t.rows()) {
            List<CellLayout> cells = new ArrayList<>();
            int column = 0;
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                boolean lastCell = c == row.cells().size() - 1;
                int to = lastCell ? edges.length - 1 : Math.min(column + cell.span(), edges.length - 1);
                double x0 = edges[column];
                double x1 = edges[to];
                Styled text = styled(cell.runs());
                double inner = x1 - x0 - 2 * CELL_PADDING_X;
                cells.add(new CellLayout(cell, x0, x1, text, wrap(text, size, inner, inner)));
                column = to;
            }
            if (cells.isEmpty()) {
                cells.add(new CellLayout(new Cell(List.of(), 1, Align.LEFT, VerticalAlign.MIDDLE), LEFT, LEFT + WIDTH,
                        new Styled(new int[0], new boolean[0]), List.of()));
            }
            int lines = Math.max(1, row.minLines());
            for (CellLayout cell : cells) {
                lines = Math.max(lines, cell.text().chars().length == 0 ? 0 : cell.lines().size());
            }
            int from = 0;
            while (from < lines) {
                double available = bottom() - y;
                int remaining = lines - from;
                if (remaining * pitch + 2 * CELL_PADDING_Y <= available + EPSILON) {
                    rowPart(row, cells, from, lines, lines, size, pitch);
                    break;
                }
                double wholePage = bottom() - TOP;
                if (from == 0 && pageHasContent && lines * pitch + 2 * CELL_PADDING_Y <= wholePage + EPSILON) {
                    newPage();
                    continue;
                }
                int fit = (int) Math.floor((available - 2 * CELL_PADDING_Y + EPSILON) / pitch);
                if (fit < 1) {
                    newPage();
                    continue;
                }
                rowPart(row, cells, from, from + fit, lines, size, pitch);
                from += fit;
                newPage();
            }
        }
        // Back onto the body grid for what follows.
        double offset = (y - TOP) / LINE;
        y = TOP + Math.ceil(offset - EPSILON) * LINE;
    }

    /** Draws lines {@code [from, to)} of a row whose text has {@code lines} lines in all. */
    private void rowPart(Row row, List<CellLayout> cells, int from, int to, int lines, double size, double pitch) {
        double height = (to - from) * pitch + 2 * CELL_PADDING_Y;
        boolean whole = from == 0 && to == lines;
        for (CellLayout cell : cells) {
            marks.add(new Rule(cell.x0(), y, cell.x1(), y, RULE_WIDTH, BLACK));
            marks.add(new Rule(cell.x0(), y + height, cell.x1(), y + height, RULE_WIDTH, BLACK));
            marks.add(new Rule(cell.x0(), y, cell.x0(), y + height, RULE_WIDTH, BLACK));
            marks.add(new Rule(cell.x1(), y, cell.x1(), y + height, RULE_WIDTH, BLACK));
            if (cell.text().chars().length == 0) {
                continue;
            }
            List<Line> shown = cell.lines().subList(Math.min(from, cell.lines().size()),
                    Math.min(to, cell.lines().size()));
            double textHeight = shown.size() * pitch;
            double top = y + CELL_PADDING_Y;
            if (whole) {
                VerticalAlign valign = row.head() ? VerticalAlign.MIDDLE : cell.cell().verticalAlign();
                if (valign == VerticalAlign.MIDDLE) {
                    top = y + (height - textHeight) / 2;
                } else if (valign == VerticalAlign.BOTTOM) {
                    top = y + height - CELL_PADDING_Y - textHeight;
                }
            }
            Align align = row.head() ? Align.CENTER : cell.cell().align();
            double inner = cell.x1() - cell.x0() - 2 * CELL_PADDING_X;
            for (Line line : shown) {
                double natural = width(cell.text(), line.start(), line.end(), size);
                double x = cell.x0() + CELL_PADDING_X;
                double extra = 0;
                switch (align) {
                    case CENTER -> x += (inner - natural) / 2;
                    case RIGHT -> x += inner - natural;
                    case JUSTIFY -> extra = justification(line, inner, natural);
                    case LEFT -> {
                    }
                }
                emit(cell.text(), line.start(), line.end(), x, baseline(top, pitch, size), size, extra, BLACK);
                top += pitch;
            }
        }
        y += height;
        pageHasContent = true;
    }

    /**
     * 16 pt unless the table needs smaller type: a column too narrow for three characters, or a short entry (a
     * date, a name, a number) that would wrap in its column at 16 pt.
     */
    private double tableSize(Table t, double[] edges) {
        for (Row row : t.rows()) {
            int column = 0;
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                boolean lastCell = c == row.cells().size() - 1;
                int to = lastCell ? edges.length - 1 : Math.min(column + cell.span(), edges.length - 1);
                double inner = edges[to] - edges[column] - 2 * CELL_PADDING_X;
                column = to;
                if (inner < 3 * CHAR) {
                    return SMALL_SIZE;
                }
                Styled text = styled(cell.runs());
                if (text.chars().length > SHORT_ENTRY) {
                    continue;
                }
                for (Line line : wrap(text, BODY_SIZE, inner, inner)) {
                    if (!line.last()) {
                        return SMALL_SIZE;
                    }
                }
            }
        }
        return BODY_SIZE;
    }

    // ---- pages ----

    /** The bottom of the room for text on this page: the text block, less the signature line of a record. */
    private double bottom() {
        return TOP + HEIGHT - (document.pageSign().isEmpty() ? 0 : LINE);
    }

    /** Makes sure the next line fits on the page, turning the page if not. */
    private void slot() {
        if (y + LINE > bottom() + EPSILON) {
            newPage();
        }
        pageHasContent = true;
    }

    private void newPage() {
        if (marks != null) {
            finishPage();
        }
        marks = new ArrayList<>();
        sheets.add(new Sheet(marks));
        y = TOP;
        pageHasContent = false;
    }

    /** The page's own signature line, for documents signed page by page (the records, LAW.md §11). */
    private void finishPage() {
        List<String> labels = document.pageSign();
        if (labels.isEmpty()) {
            return;
        }
        double base = baseline(TOP + HEIGHT - LINE, LINE, BODY_SIZE);
        double labelsWidth = 0;
        for (String label : labels) {
            Styled text = styled(signLabel(label));
            labelsWidth += width(text, 0, text.chars().length, BODY_SIZE);
        }
        // Each signer gets an equal rule after its label; the signers are a character apart.
        double rule = (WIDTH - labelsWidth - (labels.size() - 1) * CHAR) / labels.size();
        double x = LEFT;
        for (String label : labels) {
            Styled text = styled(signLabel(label));
            double end = x + width(text, 0, text.chars().length, BODY_SIZE) + rule;
            signBlank(label, x, end, base);
            x = end + CHAR;
        }
    }

    /** "— n —" in 14 pt, 7 mm under the text block; odd pages right, even pages left, one character in. */
    private void folios() {
        String dash = metrics.firstAvailable("\u2014", "\u2015", "-");
        double em = FOLIO_SIZE * PT;
        double base = TOP + HEIGHT + FOLIO_DROP + 0.88 * em;
        for (int i = 0; i < sheets.size(); i++) {
            int number = i + 1;
            Styled folio = styled(dash + " " + number + " " + dash);
            double w = width(folio, 0, folio.chars().length, FOLIO_SIZE);
            double x = number % 2 == 1 ? LEFT + WIDTH - em - w : LEFT + em;
            marks = sheets.get(i).marks();
            emit(folio, 0, folio.chars().length, x, base, FOLIO_SIZE, 0, BLACK);
        }
    }

    // ---- text ----

    private Styled styled(String text) {
        return styled(List.of(new Run(text, false)));
    }

    private Styled styled(List<Run> runs) {
        List<int[]> parts = new ArrayList<>();
        int length = 0;
        for (Run run : runs) {
            int[] chars = metrics.printable(run.text());
            parts.add(chars);
            length += chars.length;
        }
        int[] chars = new int[length];
        boolean[] bold = new boolean[length];
        int at = 0;
        for (int r = 0; r < runs.size(); r++) {
            int[] part = parts.get(r);
            System.arraycopy(part, 0, chars, at, part.length);
            Arrays.fill(bold, at, at + part.length, runs.get(r).bold());
            at += part.length;
        }
        return new Styled(chars, bold);
    }

    private List<Line> wrap(Styled text, double size, double firstWidth, double width) {
        double[] advances = new double[text.chars().length];
        for (int i = 0; i < advances.length; i++) {
            advances[i] = advance(text.chars()[i], size);
        }
        return LineBreaker.wrap(text.chars(), advances, firstWidth, width);
    }

    /**
     * The advance of a character in millimetres: its width in the font, tightened by the grid's ratio (a full-width
     * character at 16 pt advances exactly 156/28 mm).
     */
    private double advance(int c, double size) {
        return metrics.width(c) * size * PT + tracking(size);
    }

    private static double tracking(double size) {
        return size * PT * (CHAR / (BODY_SIZE * PT) - 1);
    }

    private double width(Styled text, int start, int end, double size) {
        double w = 0;
        for (int i = start; i < end; i++) {
            w += advance(text.chars()[i], size);
        }
        return w;
    }

    /** The extra space after each character that fills a justified line; none on a paragraph's last line. */
    private static double justification(Line line, double available, double natural) {
        if (line.last() || line.length() < 2 || natural >= available) {
            return 0;
        }
        double extra = (available - natural) / (line.length() - 1);
        // A line left short by a long unbreakable word stays ragged rather than spaced out letter by letter.
        return extra <= CHAR ? extra : 0;
    }

    /** The baseline of text centred in a line slot: a CJK glyph's body lies from -0.12 to 0.88 em about it. */
    private static double baseline(double slotTop, double slotHeight, double size) {
        return slotTop + slotHeight / 2 + 0.38 * size * PT;
    }

    private void emit(Styled text, int start, int end, double x, double base, double size, double extra, int color) {
        int i = start;
        double cx = x;
        while (i < end) {
            int j = i;
            StringBuilder run = new StringBuilder();
            while (j < end && text.bold()[j] == text.bold()[i]) {
                run.appendCodePoint(text.chars()[j]);
                j++;
            }
            if (!run.toString().isBlank()) {
                marks.add(new Text(cx, base, size, tracking(size) + extra, text.bold()[i], color, run.toString()));
            }
            for (int k = i; k < j; k++) {
                cx += advance(text.chars()[k], size) + extra;
            }
            i = j;
        }
    }
}
