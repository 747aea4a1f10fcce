package org.mingjing.publicity.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mingjing.publicity.PublicDecision;

/**
 * The open-data CSV of the published decisions (seed §二(一)4): UTF-8 with a byte-order mark, so that Excel reads the
 * Chinese; RFC 4180 quoting; and no cell that a spreadsheet would run as a formula — one that begins with
 * {@code = + - @}, a tab or a carriage return is written after an apostrophe (CSV injection).
 */
final class DecisionCsv implements AutoCloseable {

    static final String[] HEADER = { "id", "title", "agency", "party", "number", "decidedOn", "publishedOn", "url" };

    private final Writer writer;
    private final CSVPrinter printer;

    DecisionCsv(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord((Object[]) HEADER);
    }

    void row(PublicDecision d, String url) throws IOException {
        printer.printRecord(cell(d.id()), cell(d.title()), cell(d.agencyName()), cell(d.partyName()),
                cell(d.number()), day(d.decidedOn()), day(d.publishedOn()), cell(url));
    }

    /** A text as a cell: an apostrophe before what a spreadsheet would take for a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20'
                ? "'" + value : value;
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
