package org.mingjing.documents;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the document vocabulary (described for clerks in {@code documents/templates/README.md}) out of a processed
 * template into an {@link OfficialDocument}. Strict on purpose: an element it does not know, a missing title or a
 * bad number is an error naming the template, because a silently dropped block would be a missing paragraph in a
 * document someone signs.
 *
 * <p>Whitespace: template text is indented freely, so each line of text is trimmed and blank lines are dropped; a
 * line break that remains (written in the template, or inside a value such as the questions and answers of a
 * record) starts a new paragraph inside {@code <p>} and a new line inside {@code <field>} and {@code <cell>}.
 */
final class TemplateXml {

    /** The comma of a signature list may be typed either way by a clerk: ASCII or full width. */
    private static final String LIST_SEPARATORS = "[,\uFF0C\u3001]";

    private final String kind;
    private final String source;

    private TemplateXml(String kind, String source) {
        this.kind = kind;
        this.source = source;
    }

    static OfficialDocument read(String kind, String source, String xml) {
        return new TemplateXml(kind, source).document(xml);
    }

    private OfficialDocument document(String xml) {
        Element root = parse(xml);
        if (!root.getTagName().equals("document")) {
            throw fail("the root element is <" + root.getTagName() + ">, expected <document>", null);
        }
        String title = text(root.getAttribute("title"));
        if (title == null) {
            throw fail("<document> has no title", null);
        }
        List<String> pageSign = list(root.getAttribute("page-sign"));
        List<Block> blocks = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                block(element, blocks);
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!node.getNodeValue().isBlank()) {
                    throw fail("text outside a block: \"" + node.getNodeValue().strip()
                            + "\" (put it in a <p>)", null);
                }
            }
        }
        boolean folios = root.getAttribute("folio").isBlank() || flag(root, "folio");
        return new OfficialDocument(title, text(root.getAttribute("number")), text(root.getAttribute("agency")),
                pageSign, folios, blocks);
    }

    private void block(Element element, List<Block> blocks) {
        switch (element.getTagName()) {
            case "p" -> paragraphs(element, blocks);
            case "field" -> {
                String label = text(element.getAttribute("label"));
                if (label == null) {
                    throw fail("<field> has no label", null);
                }
                blocks.add(new Field(label, lines(runs(element, "field"))));
            }
            case "table" -> blocks.add(table(element));
            case "signature" -> blocks.add(new Signature(text(element.getAttribute("agency")),
                    text(element.getAttribute("date")), flag(element, "seal"),
                    text(element.getAttribute("seal-label"))));
            case "sign" -> {
                List<String> labels = list(element.getAttribute("lines"));
                if (labels.isEmpty()) {
                    throw fail("<sign> has no lines", null);
                }
                blocks.add(new SignLines(labels, text(element.getAttribute("date"))));
            }
            case "gap" -> blocks.add(new Gap());
            case "pagebreak" -> blocks.add(new PageBreak());
            default -> throw fail("unknown element <" + element.getTagName() + "> in <document> (known: p, field, "
                    + "table, signature, sign, gap, pagebreak)", null);
        }
    }

    /** A {@code <p>}: each remaining line of its text is a paragraph of its own with the same alignment. */
    private void paragraphs(Element element, List<Block> blocks) {
        Align align = align(element, Align.JUSTIFY);
        int indent = integer(element, "indent", align == Align.JUSTIFY ? 2 : 0, 0, 27);
        List<Run> current = new ArrayList<>();
        for (Run run : lines(runs(element, "p"))) {
            String[] parts = run.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    blocks.add(new Paragraph(current, align, indent));
                    current = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    current.add(new Run(parts[i], run.bold()));
                }
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Paragraph(current, align, indent));
        }
    }

    private Table table(Element element) {
        List<Row> rows = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element row) {
                if (!row.getTagName().equals("row")) {
                    throw fail("<table> holds <row> elements, not <" + row.getTagName() + ">", null);
                }
                rows.add(row(row));
            } else if (!node.getTextContent().isBlank()) {
                throw fail("text directly in <table>: \"" + node.getTextContent().strip() + "\" (put it in a <cell>)",
                        null);
            }
        }
        List<Double> widths = new ArrayList<>();
        String declared = text(element.getAttribute("widths"));
        if (declared != null) {
            for (String part : declared.split(LIST_SEPARATORS)) {
                try {
                    double width = Double.parseDouble(part.strip());
                    if (!(width > 0)) {
                        throw new NumberFormatException();
                    }
                    widths.add(width);
                } catch (NumberFormatException e) {
                    throw fail("<table widths=\"" + declared + "\"> must list positive numbers", null);
                }
            }
        } else {
            int columns = rows.stream().mapToInt(r -> r.cells().stream().mapToInt(Cell::span).sum()).max().orElse(1);
            for (int i = 0; i < columns; i++) {
                widths.add(1.0);
            }
        }
        for (Row row : rows) {
            int used = row.cells().stream().mapToInt(Cell::span).sum();
            if (used > widths.size()) {
                throw fail("a <row> of the table has " + used + " columns but widths declares " + widths.size(), null);
            }
        }
        return new Table(widths, rows);
    }

    private Row row(Element element) {
        List<Cell> cells = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element cell) {
                if (!cell.getTagName().equals("cell")) {
                    throw fail("<row> holds <cell> elements, not <" + cell.getTagName() + ">", null);
                }
                cells.add(new Cell(lines(runs(cell, "cell")), integer(cell, "span", 1, 1, 50), align(cell, Align.LEFT),
                        verticalAlign(cell)));
            } else if (!node.getTextContent().isBlank()) {
                throw fail("text directly in <row>: \"" + node.getTextContent().strip() + "\" (put it in a <cell>)",
                        null);
            }
        }
        return new Row(flag(element, "head"), integer(element, "lines", 0, 0, 40), cells);
    }

    /** The text of an element as runs; {@code <b>} makes bold runs and nothing else may appear inside. */
    private List<Run> runs(Element element, String where) {
        List<Run> runs = new ArrayList<>();
        collect(element, false, where, runs);
        return runs;
    }

    private void collect(Element element, boolean bold, String where, List<Run> runs) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                if (!child.getTagName().equals("b")) {
                    throw fail("<" + child.getTagName() + "> inside <" + where + "> (only <b> may appear in text)", null);
                }
                collect(child, true, where, runs);
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                runs.add(new Run(node.getNodeValue(), bold));
            }
        }
    }

    /**
     * Normalises the whitespace of runs: each line trimmed of spaces and tabs (full-width spaces are kept: clerks use
     * them to leave room), runs of spaces collapsed, blank lines dropped; lines joined again with {@code \n}.
     */
    static List<Run> lines(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        List<Boolean> bold = new ArrayList<>();
        for (Run run : runs) {
            String t = run.text().replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
            text.append(t);
            for (int i = 0; i < t.length(); i++) {
                bold.add(run.bold());
            }
        }
        StringBuilder outText = new StringBuilder();
        List<Boolean> outBold = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n", start);
            if (end < 0) {
                end = text.length();
            }
            int a = start;
            int b = end;
            while (a < b && text.charAt(a) == ' ') {
                a++;
            }
            while (b > a && text.charAt(b - 1) == ' ') {
                b--;
            }
            if (a < b) {
                if (outText.length() > 0) {
                    outText.append('\n');
                    outBold.add(bold.get(a));
                }
                for (int i = a; i < b; i++) {
                    char c = text.charAt(i);
                    if (c == ' ' && i > a && text.charAt(i - 1) == ' ') {
                        continue;
                    }
                    outText.append(c);
                    outBold.add(bold.get(i));
                }
            }
            start = end + 1;
        }
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < outText.length()) {
            int j = i;
            while (j < outText.length() && outBold.get(j).equals(outBold.get(i))) {
                j++;
            }
            out.add(new Run(outText.substring(i, j), outBold.get(i)));
            i = j;
        }
        return out;
    }

    private Align align(Element element, Align otherwise) {
        String value = text(element.getAttribute("align"));
        if (value == null) {
            return otherwise;
        }
        try {
            return Align.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("<" + element.getTagName() + " align=\"" + value + "\">: use justify, left, center or right", e);
        }
    }

    private VerticalAlign verticalAlign(Element element) {
        String value = text(element.getAttribute("valign"));
        if (value == null) {
            return VerticalAlign.MIDDLE;
        }
        try {
            return VerticalAlign.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("<" + element.getTagName() + " valign=\"" + value + "\">: use top, middle or bottom", e);
        }
    }

    private boolean flag(Element element, String attribute) {
        String value = text(element.getAttribute(attribute));
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw fail("<" + element.getTagName() + " " + attribute + "=\"" + value + "\">: use true or false", null);
    }

    private int integer(Element element, String attribute, int otherwise, int min, int max) {
        String value = text(element.getAttribute(attribute));
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw fail("<" + element.getTagName() + " " + attribute + "=\"" + value + "\">: use a whole number from "
                    + min + " to " + max, null);
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(LIST_SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An attribute's value, or null when absent or blank (DOM answers "" for a missing attribute). */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXParseException e) {
            throw fail("the processed template is not well-formed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw fail("the processed template could not be read: " + e.getMessage(), e);
        }
    }

    private DocumentTemplateException fail(String detail, Throwable cause) {
        return new DocumentTemplateException(kind, "Document template " + kind + " (" + source + "): " + detail, cause);
    }
}
