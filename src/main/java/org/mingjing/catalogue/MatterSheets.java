package org.mingjing.catalogue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
    private static final String ARROW = " \u2192 ";
    /** Separators a clerk may type between values of one cell: 、，,；; and line breaks. */
    private static final String LIST_SEPARATORS = "[\u3001\uff0c,\uff1b;\\n]+";
    private static final String ITEM_SEPARATORS = "[\uff1b;\\n]+";
    private static final String STEP_SEPARATORS = "\\s*(?:\u2192|->|\\n)\\s*";
    private static final String RANGE_SEPARATORS = "\\s*(?:-|~|\uff5e|\u81f3|\u2013)\\s*";
    private static final char ENUM_JOIN = '\u3001';
    private static final String BOUND_JOIN = "\uff1b";

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
        List<List<Object>> rows = new ArrayList<>();
        for (Matter m : matters) {
            Map<String, String> values = values(m);
            rows.add(COLUMNS.stream().<Object>map(c -> c.equals("timeLimitDays") && m.timeLimitDays() != null
                    ? new SheetFiles.Number(m.timeLimitDays()) : values.get(c)).toList());
        }
        return SheetFiles.xlsx(agencyName, headings(), rows,
                new int[] { 18, 40, 12, 40, 50, 8, 8, 18, 14, 20, 20, 50, 40, 40, 24, 24, 30 });
    }

    /** CSV in UTF-8 with a byte-order mark, so that Excel on a Chinese Windows opens it correctly. */
    public byte[] csv(List<Matter> matters) {
        List<List<Object>> rows = new ArrayList<>();
        for (Matter m : matters) {
            Map<String, String> values = values(m);
            rows.add(COLUMNS.stream().<Object>map(values::get).toList());
        }
        return SheetFiles.csv(headings(), rows);
    }

    private List<String> headings() {
        return COLUMNS.stream().map(this::heading).toList();
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
        List<Integer> rowNumbers = new ArrayList<>();
        List<MatterDraft> rows = read(filename, in, rowNumbers);
        try {
            return catalogue.importMatters(caller, agencyId, rows, rowNumbers, reason);
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
        return read(filename, in, new ArrayList<>());
    }

    /** As {@link #read(String, InputStream)}, adding each draft's spreadsheet row number to {@code rowNumbers}. */
    List<MatterDraft> read(String filename, InputStream in, List<Integer> rowNumbers) {
        List<List<String>> table = SheetFiles.read(filename, in);
        if (table.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        Map<String, Integer> index = columnIndex(table.get(0));
        List<MatterDraft> drafts = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (SheetFiles.blankRow(row)) {
                continue;
            }
            Function<String, String> cell = column -> {
                Integer i = index.get(column);
                return i == null || i >= row.size() || row.get(i) == null ? "" : row.get(i).strip();
            };
            drafts.add(draft(cell));
            rowNumbers.add(r + 1);
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
    private MatterDraft draft(Function<String, String> cell) {
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

}
