package org.mingjing.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file people open in a spreadsheet: UTF-8 with a byte-order mark, so that Excel reads the Chinese; RFC 4180
 * quoting; and no text cell that a spreadsheet would run as a formula — one that begins with {@code = + - @} (or their
 * full-width forms), a tab or a carriage return is written after an apostrophe (CSV injection). Numbers are written
 * as they are, so that a negative number stays a number.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer writer;
    private final CSVPrinter printer;

    /** Starts the file on {@code out} with the byte-order mark and the header row. */
    public CsvWriter(OutputStream out, String... header) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        row((Object[]) header);
    }

    /** One row: numbers as they are, anything else as guarded text, null as an empty cell. */
    public void row(Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            cells[i] = v instanceof Number ? v : cell(v == null ? null : v.toString());
        }
        printer.printRecord(cells);
    }

    /** A text as a cell: an apostrophe before what a spreadsheet would take for a formula. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20'
                ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
