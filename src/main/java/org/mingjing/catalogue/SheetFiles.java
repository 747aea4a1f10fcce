package org.mingjing.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mingjing.shared.ProblemException;

/**
 * Spreadsheet files as tables of text: xlsx (first sheet, first row the headings) and csv. Writing: a bold
 * frozen heading row with a filter, wrapped cells; csv in UTF-8 with a byte-order mark so Excel on a Chinese
 * Windows opens it. Reading: csv in UTF-8 (with or without the mark) or, failing that, GB18030 — what that
 * Excel saves. Public for the other modules' registers (the inspection module's) to read their imports the same way.
 */
public final class SheetFiles {

    static final int MAX_ROWS = 5000;
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private SheetFiles() {
    }

    /** A cell that holds a number is written as one, so that the sheet sorts and sums. */
    record Number(double value) {
    }

    static byte[] xlsx(String sheetName, List<String> headings, List<List<Object>> rows, int[] widths) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safeSheetName(sheetName));
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headings.get(c));
                cell.setCellStyle(head);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.value());
                    } else {
                        cell.setCellValue(v == null ? "" : v.toString());
                    }
                    cell.setCellStyle(wrap);
                }
            }
            for (int c = 0; c < widths.length && c < headings.size(); c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(Math.min(2, headings.size()), 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headings.size() - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("xlsx could not be written", e);
        }
    }

    static byte[] csv(List<String> headings, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.EXCEL)) {
            printer.printRecord(headings);
            for (List<Object> values : rows) {
                printer.printRecord(values.stream().map(v -> v instanceof Number n ? plain(n.value())
                        : v == null ? "" : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("csv could not be written", e);
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(UTF8_BOM, UTF8_BOM.length + body.length);
        System.arraycopy(body, 0, out, UTF8_BOM.length, body.length);
        return out;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : java.math.BigDecimal.valueOf(v).toPlainString();
    }

    /** The rows of the file, the heading row first; refuses what is neither xlsx nor csv or cannot be read. */
    public static List<List<String>> read(String filename, InputStream in) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(in);
            }
            if (name.endsWith(".csv")) {
                return readCsv(in.readAllBytes());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("catalogue.import.unreadable");
        }
        throw ProblemException.invalid("file", "catalogue.import.format");
    }

    private static List<List<String>> readXlsx(InputStream in) throws IOException {
        List<List<String>> table = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                table.add(cells);
                tooLarge(table);
            }
        }
        return table;
    }

    private static List<List<String>> readCsv(byte[] bytes) throws IOException {
        String content;
        int start = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]
                ? 3 : 0;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            content = new String(bytes, Charset.forName("GB18030"));
        }
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVFormat.EXCEL.builder().get().parse(new StringReader(content))) {
            for (CSVRecord record : parser) {
                table.add(record.toList());
                tooLarge(table);
            }
        }
        return table;
    }

    private static void tooLarge(List<List<String>> table) {
        if (table.size() > MAX_ROWS + 1) {
            throw ProblemException.badRequest("catalogue.import.too-large", MAX_ROWS);
        }
    }

    public static boolean blankRow(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String safeSheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "sheet" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
