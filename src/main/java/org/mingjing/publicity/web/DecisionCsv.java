package org.mingjing.publicity.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import org.mingjing.publicity.PublicDecision;
import org.mingjing.shared.CsvWriter;

/**
 * The open-data CSV of the published decisions (seed §二(一)4), written by the shared {@link CsvWriter}: UTF-8 with a
 * byte-order mark, RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
 */
final class DecisionCsv implements AutoCloseable {

    static final String[] HEADER = { "id", "title", "agency", "party", "number", "decidedOn", "publishedOn", "url" };

    private final CsvWriter csv;

    DecisionCsv(OutputStream out) throws IOException {
        this.csv = new CsvWriter(out, HEADER);
    }

    void row(PublicDecision d, String url) throws IOException {
        csv.row(d.id(), d.title(), d.agencyName(), d.partyName(), d.number(), day(d.decidedOn()),
                day(d.publishedOn()), url);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
