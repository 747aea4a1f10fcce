package org.mingjing.documents;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An enforcement document (执法文书) as a clerk reads it, independent of paper: its heading (the agency, the
 * title, the document number) and the blocks of its body in order. {@link DocumentTemplates} builds it from an
 * adaptable template; {@link OfficialDocumentPdf} and {@link OfficialDocumentOfd} set it on A4 paper by the rules
 * of GB/T 9704-2012 (LAW.md §11). Keeping the content apart from the layout is what lets an agency reword its
 * templates without touching the typesetting, and lets the PDF and the archival OFD show the same words.
 *
 * @param title     the document's name, set as the title (e.g. 行政处罚决定书)
 * @param number    the document number (文号, e.g. 湖民罚〔2026〕3号), or null when the document has none
 * @param agency    the issuing agency's name printed above the title, or null
 * @param pageSign  labels of the signature blanks printed at the foot of every page (the 笔录 are signed page by
 *                  page, LAW.md §11), empty for most documents
 * @param folios    whether the pages are numbered (a case file's cover and index are not)
 * @param blocks    the body
 */
public record OfficialDocument(String title, String number, String agency, List<String> pageSign, boolean folios,
        List<Block> blocks) {

    public OfficialDocument {
        Objects.requireNonNull(title, "title");
        pageSign = List.copyOf(pageSign);
        blocks = List.copyOf(blocks);
    }

    /** The words of the document in reading order, one block a line: for search, logs and tests. */
    public String text() {
        StringBuilder out = new StringBuilder();
        if (agency != null) {
            out.append(agency).append('\n');
        }
        out.append(title).append('\n');
        if (number != null) {
            out.append(number).append('\n');
        }
        for (Block block : blocks) {
            String text = block.text();
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
        }
        return out.toString();
    }

    /** One block of the body. */
    public sealed interface Block permits Paragraph, Field, Table, Signature, SignLines, Gap, PageBreak {

        /** The block's words, for {@link OfficialDocument#text()}. */
        String text();
    }

    /** How the lines of a paragraph or cell sit between the margins. */
    public enum Align {
        /** Both edges flush, the last line flush left: the body text of GB/T 9704-2012. */
        JUSTIFY,
        LEFT,
        CENTER,
        RIGHT
    }

    /** Where the text of a table cell sits between the top and bottom borders. */
    public enum VerticalAlign {
        TOP,
        MIDDLE,
        BOTTOM
    }

    /** A stretch of text, bold or not. A line break ({@code \n}) inside a field or cell starts a new line. */
    public record Run(String text, boolean bold) {

        public Run {
            Objects.requireNonNull(text, "text");
        }

        static String text(List<Run> runs) {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }
    }

    /**
     * A paragraph. Body paragraphs are justified with a first-line indent of two characters (GB/T 9704-2012
     * 7.3.3); {@code indent} is the indent in characters.
     */
    public record Paragraph(List<Run> runs, Align align, int indent) implements Block {

        public Paragraph {
            runs = List.copyOf(runs);
            Objects.requireNonNull(align, "align");
        }

        @Override
        public String text() {
            return Run.text(runs);
        }
    }

    /** A "label：value" line whose value wraps under itself, as the particulars of a party are printed. */
    public record Field(String label, List<Run> value) implements Block {

        public Field {
            Objects.requireNonNull(label, "label");
            value = List.copyOf(value);
        }

        /** The label as printed, ending in a full-width colon unless it already ends in a colon. */
        public String printedLabel() {
            return label.endsWith("\uFF1A") || label.endsWith(":") ? label : label + "\uFF1A";
        }

        @Override
        public String text() {
            return printedLabel() + Run.text(value);
        }
    }

    /** A bordered grid, as the forms (立案审批表, 送达回证) are laid out; {@code widths} are relative. */
    public record Table(List<Double> widths, List<Row> rows) implements Block {

        public Table {
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
        }

        @Override
        public String text() {
            return rows.stream()
                    .map(row -> row.cells().stream().map(cell -> Run.text(cell.runs())).collect(Collectors.joining(" ")))
                    .collect(Collectors.joining("\n"));
        }
    }

    /**
     * A table row; a heading row is centred. {@code minLines} keeps room for handwriting (an opinion, a
     * signature), counted in lines of the table's text.
     */
    public record Row(boolean head, int minLines, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A table cell spanning {@code span} columns. */
    public record Cell(List<Run> runs, int span, Align align, VerticalAlign verticalAlign) {

        public Cell {
            runs = List.copyOf(runs);
            if (span < 1) {
                throw new IllegalArgumentException("span must be at least 1");
            }
        }
    }

    /**
     * The issuing agency's name and the date, right-aligned (GB/T 9704-2012 7.3.5.1); with {@code seal} a red circle
     * marks where the seal is pressed, labelled {@code sealLabel}.
     */
    public record Signature(String agency, String date, boolean seal, String sealLabel) implements Block {

        @Override
        public String text() {
            return (agency == null ? "" : agency) + (date == null ? "" : "\n" + date);
        }
    }

    /** Blanks for handwritten signatures, one line per label, each followed by the date blank {@code date}. */
    public record SignLines(List<String> labels, String date) implements Block {

        public SignLines {
            labels = List.copyOf(labels);
        }

        @Override
        public String text() {
            return String.join("\n", labels);
        }
    }

    /** An empty line. */
    public record Gap() implements Block {

        @Override
        public String text() {
            return "";
        }
    }

    /** The rest of the document starts on a new page. */
    public record PageBreak() implements Block {

        @Override
        public String text() {
            return "";
        }
    }
}
