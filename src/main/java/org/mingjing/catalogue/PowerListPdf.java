package org.mingjing.catalogue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mingjing.documents.TablePdf;
import org.mingjing.organization.Agency;
import org.springframework.stereotype.Component;

/**
 * The printable power-and-responsibility list of an agency (权责清单, LAW.md §4): every matter with its
 * category, legal basis, time limit and fees, in the published order, as a Chinese A4 document.
 */
@Component
public class PowerListPdf {

    private final TablePdf pdf;
    private final CatalogueText text;
    private final Clock clock;

    PowerListPdf(TablePdf pdf, CatalogueText text, Clock clock) {
        this.pdf = pdf;
        this.text = text;
        this.clock = clock;
    }

    public byte[] render(Agency agency, List<Matter> matters) {
        Locale zh = CatalogueText.DOCUMENTS;
        List<TablePdf.Column> columns = List.of(
                new TablePdf.Column(text.label("catalogue.pdf.column.number", zh), 3),
                new TablePdf.Column(text.label("catalogue.sheet.code", zh), 10),
                new TablePdf.Column(text.label("catalogue.sheet.name", zh), 20),
                new TablePdf.Column(text.label("catalogue.sheet.category", zh), 7),
                new TablePdf.Column(text.label("catalogue.sheet.basis", zh), 30),
                new TablePdf.Column(text.label("catalogue.sheet.penaltyKinds", zh), 12),
                new TablePdf.Column(text.label("catalogue.sheet.timeLimitDays", zh), 7),
                new TablePdf.Column(text.label("catalogue.sheet.fees", zh), 7));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Matter m : matters) {
            String kinds = text.penalties(m.penaltyKinds(), zh);
            if (!m.fineBounds().isEmpty()) {
                kinds = kinds + "\n" + text.ranges(m.fineBounds(), zh);
            }
            rows.add(List.of(String.valueOf(n++), m.code(), m.name(), text.label(m.category().messageKey(), zh),
                    text.basis(m.basis()), kinds, text.timeLimit(m, zh), m.fees()));
        }
        String generated = text.format("catalogue.pdf.generated", zh,
                LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), matters.size());
        return pdf.render(new TablePdf.Table(text.format("catalogue.pdf.title", zh, agency.name()), generated, columns,
                rows, text.label("catalogue.pdf.page", zh)));
    }
}
