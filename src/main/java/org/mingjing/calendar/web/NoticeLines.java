package org.mingjing.calendar.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mingjing.calendar.NoticeDayDraft;
import org.mingjing.shared.FieldProblem;

/**
 * A yearly notice typed or pasted into the editor, one day per line as {@code date,kind,name}. Blank lines and lines
 * starting with {@code #} are skipped; the line number of every day is kept so that faults point at the line.
 *
 * @param drafts      the days, in order
 * @param lineNumbers the line each day came from
 * @param problems    lines that are not three comma-separated values
 */
record NoticeLines(List<NoticeDayDraft> drafts, List<Integer> lineNumbers, List<FieldProblem> problems) {

    private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)]\\.?(.*)");

    static NoticeLines parse(String text) {
        List<NoticeDayDraft> drafts = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,，]", -1);
            if (cells.length != 3) {
                problems.add(FieldProblem.atRow(i + 1, "line", "calendar.editor.line-format"));
                continue;
            }
            drafts.add(new NoticeDayDraft(cells[0].strip(), cells[1].strip().toUpperCase(Locale.ROOT),
                    cells[2].strip()));
            lineNumbers.add(i + 1);
        }
        return new NoticeLines(List.copyOf(drafts), List.copyOf(lineNumbers), List.copyOf(problems));
    }

    /** The facade's faults, which name days by index ({@code [3].date}), restated by line number. */
    List<FieldProblem> atLines(List<FieldProblem> faults) {
        List<FieldProblem> restated = new ArrayList<>();
        for (FieldProblem fault : faults) {
            Matcher matcher = INDEXED.matcher(fault.field());
            int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
            if (index >= 0 && index < lineNumbers.size()) {
                String field = matcher.group(2).isEmpty() ? "line" : matcher.group(2);
                restated.add(FieldProblem.atRow(lineNumbers.get(index), field, fault.messageKey(), fault.args()));
            } else if ("days".equals(fault.field())) {
                restated.add(FieldProblem.of("lines", fault.messageKey(), fault.args()));
            } else {
                restated.add(fault);
            }
        }
        return restated;
    }
}
