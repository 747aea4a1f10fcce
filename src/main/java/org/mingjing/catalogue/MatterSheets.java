package org.mingjing.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The power list as the spreadsheet clerks keep it (xlsx or csv): one matter per row, columns headed as the
 * published list heads them (事项编码, 事项名称, 事项类别, 实施依据…). An export imports back unchanged. Headings may
 * also be the field names of the API ({@code code}, {@code name}…); column order does not matter.
 *
 * <p>Cells that hold several values: the legal basis one citation per line; the procedure as steps joined by
 * arrows; kinds of penalty and AV stages joined by 、; fine ranges as {@code 违法所得（倍）:3-5} joined by ；.
 */
@Component
public class MatterSheets {

    /** The columns in the order they are written. */
    static final List<String> COLUMNS = List.of("code", "name", "category", "basis", "responsibility",
            "timeLimitDays", "timeLimitUnit", "timeLimitRule", "fees", "acceptingBody", "approvingBody", "conditions",
            "materials", "steps", "penaltyKinds", "fineBounds", "avStages");
    static final int MAX_ROWS = 5000;
    private static final String ARROW = " \u2192 ";
    /** Separators a clerk may type between values of one cell: 、，,；; and line breaks. */
    private static final String LIST_SEPARATORS = "[\u3001\uff0c,\uff1b;\\n]+";
    private static final String ITEM_SEPARATORS = "[\uff1b;\\n]+";
    private static final String STEP_SEPARATORS = "\\s*(?:\u2192|->|\\n)\\s*";
    private static final String RANGE_SEPARATORS = "\\s*(?:-|~|\uff5e|\u81f3|\u2013)\\s*";
    private static final char ENUM_JOIN = '\u3001';
    private static final String BOUND_JOIN = "\uff1b";
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final CatalogueText text;
    private final Catalogue catalogue;

    MatterSheets(CatalogueText text, Catalogue catalogue) {
        this.text = text;
        this.catalogue = catalogue;
    }

    /** The column heading as clerks read it (always Chinese: the published list is a Chinese document). */
    public String heading(String column) {
        return text.label("catalogue.sheet." + column, CatalogueText.DOCUMENTS);
    }

    // ---------------------------------------------------------------- export

    public byte[] xlsx(List<Matter> matters, String agencyName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safeSheetName(agencyName));
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(heading(COLUMNS.get(c)));
                cell.setCellStyle(head);
            }
            int r = 1;
            for (Matter m : matters) {
                Row row = sheet.createRow(r++);
                Map<String, String> values = values(m);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String column = COLUMNS.get(c);
                    Cell cell = row.createCell(c);
                    if (column.equals("timeLimitDays") && m.timeLimitDays() != null) {
                        cell.setCellValue(m.timeLimitDays());
                    } else {
                        cell.setCellValue(values.get(column));
                    }
                    cell.setCellStyle(wrap);
                }
            }
            int[] widths = { 18, 40, 12, 40, 50, 8, 8, 18, 14, 20, 20, 50, 40, 40, 24, 24, 30 };
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0,
                    COLUMNS.size() - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("xlsx could not be written", e);
        }
    }

    /** CSV in UTF-8 with a byte-order mark, so that Excel on a Chinese Windows opens it correctly. */
    public byte[] csv(List<Matter> matters) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.EXCEL)) {
            printer.printRecord(COLUMNS.stream().map(this::heading).toList());
            for (Matter m : matters) {
                Map<String, String> values = values(m);
                printer.printRecord(COLUMNS.stream().map(values::get).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("csv could not be written", e);
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(UTF8_BOM, UTF8_BOM.length + body.length);
        System.arraycopy(body, 0, out, UTF8_BOM.length, body.length);
        return out;
    }

    private Map<String, String> values(Matter m) {
        Locale zh = CatalogueText.DOCUMENTS;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", m.code());
        v.put("name", m.name());
        v.put("category", text.label(m.category().messageKey(), zh));
        v.put("basis", text.basis(m.basis()));
        v.put("responsibility", m.responsibility());
        v.put("timeLimitDays", m.timeLimitDays() == null ? "" : String.valueOf(m.timeLimitDays()));
        v.put("timeLimitUnit", m.timeLimitUnit() == null ? "" : text.label("catalogue.unit." + m.timeLimitUnit(), zh));
        v.put("timeLimitRule", m.timeLimitRule() == null ? "" : m.timeLimitRule().code());
        v.put("fees", m.fees());
        v.put("acceptingBody", m.acceptingBody());
        v.put("approvingBody", m.approvingBody());
        v.put("conditions", m.conditions());
        v.put("materials", m.materials());
        v.put("steps", String.join(ARROW, m.steps()));
        v.put("penaltyKinds", join(m.penaltyKinds().stream().map(k -> text.label(k.messageKey(), zh)).toList()));
        v.put("fineBounds", String.join(BOUND_JOIN, m.fineBounds().stream()
                .map(b -> text.label(b.basis().messageKey(), zh) + ":" + b.min().toPlainString() + "-"
                        + b.max().toPlainString())
                .toList()));
        v.put("avStages", join(m.avStages().stream().sorted().map(s -> text.label(s.messageKey(), zh)).toList()));
        return v;
    }

    private static String join(List<String> values) {
        return String.join(String.valueOf(ENUM_JOIN), values);
    }

    // ---------------------------------------------------------------- import

    /**
     * Reads the file and imports it into the agency, all rows or none (see {@link Catalogue#importMatters});
     * every problem names its row (the spreadsheet's row number, the heading being row 1) and its column as
     * headed in the sheet.
     */
    public Catalogue.ImportResult importInto(Caller caller, String agencyId, String filename, InputStream in,
            String reason) {
        List<MatterDraft> rows = read(filename, in);
        try {
            return catalogue.importMatters(caller, agencyId, rows, reason);
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            throw ProblemException.invalid(e.fieldProblems().stream()
                    .map(p -> new FieldProblem(p.row(), COLUMNS.contains(p.field()) ? heading(p.field()) : p.field(),
                            p.messageKey(), p.args()))
                    .toList());
        }
    }

    /** The rows of an xlsx or csv file as drafts; refuses a file it cannot read or that lacks a column. */
    public List<MatterDraft> read(String filename, InputStream in) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<List<String>> table;
        try {
            if (name.endsWith(".xlsx")) {
                table = readXlsx(in);
            } else if (name.endsWith(".csv")) {
                table = readCsv(in.readAllBytes());
            } else {
                throw ProblemException.invalid("file", "catalogue.import.format");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.badRequest("catalogue.import.unreadable");
        }
        if (table.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        Map<String, Integer> index = columnIndex(table.get(0));
        List<MatterDraft> drafts = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (drafts.size() >= MAX_ROWS) {
                throw ProblemException.badRequest("catalogue.import.too-large", MAX_ROWS);
            }
            Function<String, String> cell = column -> {
                Integer i = index.get(column);
                return i == null || i >= row.size() || row.get(i) == null ? "" : row.get(i).strip();
            };
            drafts.add(draft(cell, r + 1));
        }
        if (drafts.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        return drafts;
    }

    private Map<String, Integer> columnIndex(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            for (String column : COLUMNS) {
                if (h.equals(column) || h.equals(heading(column))) {
                    index.putIfAbsent(column, i);
                }
            }
        }
        for (String column : List.of("code", "name", "category", "basis")) {
            if (!index.containsKey(column)) {
                throw ProblemException.badRequest("catalogue.import.missing-column", heading(column));
            }
        }
        return index;
    }

    /** One row as a draft; a value that cannot be read is passed on as written so the check names it. */
    private MatterDraft draft(Function<String, String> cell, int row) {
        Locale zh = CatalogueText.DOCUMENTS;
        String days = cell.apply("timeLimitDays");
        Integer timeLimitDays = null;
        List<FieldProblem> early = new ArrayList<>();
        if (!days.isEmpty()) {
            try {
                timeLimitDays = new BigDecimal(days).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                timeLimitDays = -1;
            }
        }
        String unit = cell.apply("timeLimitUnit");
        for (String u : List.of("WORKING_DAYS", "CALENDAR_DAYS")) {
            if (unit.equals(text.label("catalogue.unit." + u, zh))) {
                unit = u;
            }
        }
        List<MatterDraft.FineBoundDraft> bounds = new ArrayList<>();
        for (String part : split(cell.apply("fineBounds"), ITEM_SEPARATORS)) {
            int colon = Math.max(part.lastIndexOf(':'), part.lastIndexOf('\uff1a'));
            String basis = colon < 0 ? part : part.substring(0, colon).strip();
            String[] range = colon < 0 ? new String[0] : part.substring(colon + 1).strip().split(RANGE_SEPARATORS);
            bounds.add(new MatterDraft.FineBoundDraft(enumCode(basis, FineBasis.values(), FineBasis::messageKey),
                    range.length == 2 ? number(range[0]) : null, range.length == 2 ? number(range[1]) : null));
        }
        return new MatterDraft(cell.apply("code"),
                enumCode(cell.apply("category"), MatterCategory.values(), MatterCategory::messageKey),
                cell.apply("name"), split(cell.apply("basis"), ITEM_SEPARATORS), cell.apply("responsibility"),
                timeLimitDays, unit, cell.apply("timeLimitRule"), cell.apply("fees"), cell.apply("acceptingBody"),
                cell.apply("approvingBody"), cell.apply("conditions"), cell.apply("materials"),
                split(cell.apply("steps"), STEP_SEPARATORS),
                split(cell.apply("penaltyKinds"), LIST_SEPARATORS).stream()
                        .map(k -> enumCode(k, PenaltyKind.values(), PenaltyKind::messageKey)).toList(),
                bounds,
                split(cell.apply("avStages"), LIST_SEPARATORS).stream()
                        .map(s -> enumCode(s, AvStage.values(), AvStage::messageKey)).toList(),
                null, null);
    }

    private <E extends Enum<E>> String enumCode(String written, E[] values, Function<E, String> key) {
        String w = written.strip();
        for (E e : values) {
            if (e.name().equalsIgnoreCase(w) || text.label(key.apply(e), CatalogueText.DOCUMENTS).equals(w)) {
                return e.name();
            }
        }
        return w;
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private static List<String> split(String cell, String separators) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
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
                if (table.size() > MAX_ROWS + 2) {
                    throw ProblemException.badRequest("catalogue.import.too-large", MAX_ROWS);
                }
            }
        }
        return table;
    }

    /** UTF-8 (with or without BOM) or, failing that, GB18030 — what Excel on a Chinese Windows saves. */
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
                if (table.size() > MAX_ROWS + 2) {
                    throw ProblemException.badRequest("catalogue.import.too-large", MAX_ROWS);
                }
            }
        }
        return table;
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "matters" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
