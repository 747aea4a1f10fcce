package org.mingjing.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mingjing.documents.TablePdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as files a clerk files or prints (统计年报, LAW.md §5): a spreadsheet whose numbers are numbers
 * (counts, yuan with two places, shares as percentages) so that a supervisor can sum them, and a Chinese PDF with the
 * same table. Both are in Chinese, the language of the record, whatever the reader's locale.
 */
@Component
public class AnnualReportFiles {

    static final Locale DOCUMENTS = Locale.SIMPLIFIED_CHINESE;

    private final AnnualReportTable table;
    private final TablePdf pdf;
    private final MessageSource messages;
    private final Clock clock;

    AnnualReportFiles(AnnualReportTable table, TablePdf pdf, MessageSource messages, Clock clock) {
        this.table = table;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** 三门峡市湖滨区民政局2025年度行政执法数据统计 */
    public String title(AnnualFigures f) {
        return messages.getMessage("statistics.report.title", new Object[] { f.agencyName(), String.valueOf(f.year()) },
                DOCUMENTS);
    }

    private String subtitle(AnnualFigures f) {
        return subtitle(f, LocalDateTime.now(clock));
    }

    private String subtitle(AnnualFigures f, LocalDateTime printed) {
        return messages.getMessage("statistics.report.subtitle", new Object[] { f.from().toString(), f.to().toString(),
                printed.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) }, DOCUMENTS);
    }

    public byte[] pdf(AnnualFigures f) {
        return pdf(f, List.of(), LocalDateTime.now(clock));
    }

    /**
     * The report as it is published: its narrative's paragraphs (one per line of the text the agency wrote) before
     * the table, and the moment it was printed (published) in the subtitle.
     */
    public byte[] pdf(AnnualFigures f, String narrative, LocalDateTime printed) {
        List<String> paragraphs = narrative == null ? List.of()
                : narrative.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return pdf(f, paragraphs, printed);
    }

    private byte[] pdf(AnnualFigures f, List<String> paragraphs, LocalDateTime printed) {
        List<TablePdf.Column> columns = List.of(new TablePdf.Column(table.label("statistics.column.section",
                DOCUMENTS), 10), new TablePdf.Column(table.label("statistics.column.item", DOCUMENTS), 20),
                new TablePdf.Column(table.label("statistics.column.value", DOCUMENTS), 10));
        List<List<String>> rows = new ArrayList<>();
        String section = null;
        for (AnnualReportTable.Line line : table.lines(f, DOCUMENTS)) {
            rows.add(List.of(line.section().equals(section) ? "" : line.section(), line.item(),
                    table.text(line, DOCUMENTS)));
            section = line.section();
        }
        return pdf.render(new TablePdf.Table(title(f), subtitle(f, printed), columns, rows,
                table.label("statistics.report.page", DOCUMENTS), paragraphs));
    }

    public byte[] xlsx(AnnualFigures f) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(String.valueOf(f.year()));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle titleStyle = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle yuan = book.createCellStyle();
            yuan.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle share = book.createCellStyle();
            share.setDataFormat(book.createDataFormat().getFormat("0.00%"));

            sheet.createRow(0).createCell(0).setCellValue(title(f));
            sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            sheet.createRow(1).createCell(0).setCellValue(subtitle(f));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
            Row header = sheet.createRow(3);
            String[] headings = { table.label("statistics.column.section", DOCUMENTS),
                    table.label("statistics.column.item", DOCUMENTS), table.label("statistics.column.value", DOCUMENTS) };
            for (int i = 0; i < headings.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(headings[i]);
                c.setCellStyle(head);
            }
            int r = 4;
            for (AnnualReportTable.Line line : table.lines(f, DOCUMENTS)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.section());
                row.createCell(1).setCellValue(line.item());
                Cell value = row.createCell(2);
                if (line.value() == null) {
                    value.setCellValue(table.text(line, DOCUMENTS));
                } else {
                    value.setCellValue(line.value().doubleValue());
                    value.setCellStyle(switch (line.format()) {
                        case COUNT -> count;
                        case YUAN -> yuan;
                        case SHARE -> share;
                    });
                }
            }
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            sheet.createFreezePane(0, 4);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
