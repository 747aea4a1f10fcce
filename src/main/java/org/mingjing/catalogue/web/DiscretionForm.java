package org.mingjing.catalogue.web;

import static org.mingjing.shared.web.FormFields.blank;
import static org.mingjing.shared.web.FormFields.decimal;
import static org.mingjing.shared.web.FormFields.lines;
import static org.mingjing.shared.web.FormFields.orEmpty;
import static org.mingjing.shared.web.FormFields.orNull;
import static org.mingjing.shared.web.FormFields.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mingjing.catalogue.CircumstanceLevel;
import org.mingjing.catalogue.DiscretionDraft;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.shared.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The discretion-standard form (行政处罚法第三十四条): one row per circumstance level, lightest first; a row left
 * empty is no level of the standard. Circumstances are typed one per line as a code, a space and the
 * description ({@code C1 初次违法且及时改正的}). Inputs are named {@code LEVEL.field}, e.g. {@code MINOR.label}.
 */
record DiscretionForm(List<Row> rows, String reason) {

    private static final Pattern CIRCUMSTANCE = Pattern.compile("(?U)^(\\S+)\\s+(.+)$");
    private static final Pattern LEVEL_FIELD = Pattern.compile("^levels\\[(\\d+)]\\.(\\w+)$");

    /** One circumstance level as typed. */
    record Row(CircumstanceLevel level, String label, String circumstances, List<String> penalties,
            String fineBasis, String fineMin, String fineMax, String description) {

        boolean isEmpty() {
            return blank(label) && blank(circumstances) && penalties.isEmpty() && blank(fineMin) && blank(fineMax)
                    && blank(description);
        }

        /** A basis without numbers says nothing; it is dropped so that only a typed range is checked. */
        DiscretionDraft draft(List<FieldProblem> problems, int index) {
            String field = "levels[" + index + "].fine";
            List<DiscretionDraft.CircumstanceDraft> cs = lines(circumstances).stream().map(DiscretionForm::circumstance)
                    .toList();
            boolean range = !blank(fineMin) || !blank(fineMax);
            return new DiscretionDraft(level.name(), label, cs, penalties, range ? orNull(fineBasis) : null,
                    decimal(field, fineMin, problems), decimal(field, fineMax, problems), description);
        }
    }

    /** The standard as it stands: a row for every level, empty where the standard has none. */
    static DiscretionForm of(List<DiscretionLevel> levels, String defaultBasis) {
        List<Row> rows = new ArrayList<>();
        for (CircumstanceLevel level : CircumstanceLevel.values()) {
            rows.add(levels.stream().filter(l -> l.level() == level).findFirst().map(DiscretionForm::row)
                    .orElse(new Row(level, "", "", List.of(), defaultBasis, "", "", "")));
        }
        return new DiscretionForm(rows, "");
    }

    /** The form as posted, read from its {@code LEVEL.field} inputs. */
    static DiscretionForm from(MultiValueMap<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (CircumstanceLevel level : CircumstanceLevel.values()) {
            String p = level.name() + ".";
            List<String> penalties = params.getOrDefault(p + "penalties", List.of()).stream()
                    .filter(s -> !blank(s)).toList();
            rows.add(new Row(level, orEmpty(params.getFirst(p + "label")), orEmpty(params.getFirst(p + "circumstances")),
                    penalties, orEmpty(params.getFirst(p + "fineBasis")), orEmpty(params.getFirst(p + "fineMin")),
                    orEmpty(params.getFirst(p + "fineMax")), orEmpty(params.getFirst(p + "description"))));
        }
        return new DiscretionForm(rows, orEmpty(params.getFirst("reason")));
    }

    /** The rows that are not empty, in level order: what the catalogue saves. */
    List<Row> filled() {
        return rows.stream().filter(r -> !r.isEmpty()).toList();
    }

    List<DiscretionDraft> drafts(List<FieldProblem> problems) {
        List<Row> filled = filled();
        List<DiscretionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            drafts.add(filled.get(i).draft(problems, i));
        }
        return drafts;
    }

    /**
     * The catalogue names a level's field by its place among the levels submitted ({@code levels[1].fine}); the
     * form names it by level ({@code GENERAL.fine}).
     */
    Map<String, String> byRow(Map<String, String> errors) {
        List<Row> filled = filled();
        return errors.entrySet().stream().collect(Collectors.toMap(e -> {
            Matcher m = LEVEL_FIELD.matcher(e.getKey());
            if (m.matches() && Integer.parseInt(m.group(1)) < filled.size()) {
                return filled.get(Integer.parseInt(m.group(1))).level().name() + "." + m.group(2);
            }
            return e.getKey();
        }, Map.Entry::getValue, (a, b) -> a + "\uff1b" + b, java.util.LinkedHashMap::new));
    }

    private static Row row(DiscretionLevel l) {
        return new Row(l.level(), l.label(),
                l.circumstances().stream().map(c -> c.code() + " " + c.description())
                        .collect(Collectors.joining("\n")),
                l.penalties().stream().map(Enum::name).toList(), l.fine() == null ? "" : l.fine().basis().name(),
                l.fine() == null ? "" : plain(l.fine().min()), l.fine() == null ? "" : plain(l.fine().max()),
                l.description());
    }

    private static DiscretionDraft.CircumstanceDraft circumstance(String line) {
        Matcher m = CIRCUMSTANCE.matcher(line);
        return m.matches() ? new DiscretionDraft.CircumstanceDraft(m.group(1), m.group(2).strip())
                : new DiscretionDraft.CircumstanceDraft(line, null);
    }
}
