package org.mingjing.catalogue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The random-inspection list as a spreadsheet (随机抽查事项清单: 事项编码, 抽查事项名称, 抽查依据, 抽查主体, 抽查对象,
 * 抽查比例, 抽查频次, 抽查方式, 抽查内容). The ratio is written as a percentage ("5%"); a plain fraction (0.05)
 * reads too. An export imports back unchanged.
 */
@Component
public class InspectionItemSheets {

    static final List<String> COLUMNS = List.of("code", "name", "basis", "inspectingBody", "objects", "ratio",
            "frequency", "method", "content");

    private final CatalogueText text;
    private final Catalogue catalogue;

    InspectionItemSheets(CatalogueText text, Catalogue catalogue) {
        this.text = text;
        this.catalogue = catalogue;
    }

    public String heading(String column) {
        return text.label("catalogue.item-sheet." + column, CatalogueText.DOCUMENTS);
    }

    public byte[] xlsx(List<InspectionItem> items, String agencyName) {
        return SheetFiles.xlsx(agencyName, headings(), rows(items), new int[] { 14, 30, 36, 20, 30, 8, 16, 24, 50 });
    }

    public byte[] csv(List<InspectionItem> items) {
        return SheetFiles.csv(headings(), rows(items));
    }

    private List<String> headings() {
        return COLUMNS.stream().map(this::heading).toList();
    }

    private static List<List<Object>> rows(List<InspectionItem> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (InspectionItem i : items) {
            rows.add(List.of(i.code(), i.name(), i.basis(), i.inspectingBody(), i.objects(), percent(i.ratio()),
                    i.frequency(), i.method(), i.content()));
        }
        return rows;
    }

    static String percent(BigDecimal ratio) {
        return FineBound.plain(ratio.movePointRight(2)).toPlainString() + "%";
    }

    /** "5%", "5.5 %", "0.05": the fraction; text that is no number is passed on as -1 so the check names it. */
    static BigDecimal ratio(String written) {
        String w = written.strip().replace('\uff05', '%');
        try {
            if (w.endsWith("%")) {
                return new BigDecimal(w.substring(0, w.length() - 1).strip()).movePointLeft(2);
            }
            return w.isEmpty() ? null : new BigDecimal(w);
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    public Catalogue.ImportResult importInto(Caller caller, String agencyId, String filename, InputStream in,
            String reason) {
        List<List<String>> table = SheetFiles.read(filename, in);
        if (table.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            for (String column : COLUMNS) {
                if (h.equals(column) || h.equals(heading(column))) {
                    index.putIfAbsent(column, i);
                }
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                throw ProblemException.badRequest("catalogue.import.missing-column", heading(column));
            }
        }
        List<Catalogue.InspectionItemDraft> drafts = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (SheetFiles.blankRow(row)) {
                continue;
            }
            Function<String, String> cell = column -> {
                int i = index.get(column);
                return i >= row.size() || row.get(i) == null ? "" : row.get(i).strip();
            };
            drafts.add(new Catalogue.InspectionItemDraft(cell.apply("code"), cell.apply("name"), cell.apply("basis"),
                    cell.apply("inspectingBody"), cell.apply("objects"), ratio(cell.apply("ratio")),
                    cell.apply("frequency"), cell.apply("method"), cell.apply("content"), null, null));
            rowNumbers.add(r + 1);
        }
        if (drafts.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        try {
            return catalogue.importInspectionItems(caller, agencyId, drafts, rowNumbers, reason);
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
}
