package org.mingjing.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.PeriodUnit;
import org.mingjing.shared.FieldProblem;

/**
 * Checks a submitted matter or discretion standard and builds the valid value, naming every field at fault.
 * Used alike by the staff form, the API and each row of an import (which then carries its row number).
 */
final class MatterRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");
    private static final int MAX_STEPS = 12;

    private MatterRules() {
    }

    /** The outcome of a check: the value when valid, otherwise the problems. */
    record Checked<T>(T value, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Checked<Matter> matter(MatterDraft d, String id, String agencyId, int version, Integer row) {
        Problems p = new Problems(row);
        String code = p.required("code", d.code(), 40);
        if (code != null && !CODE.matcher(code).matches()) {
            p.add("code", "catalogue.validation.code");
        }
        MatterCategory category = null;
        if (blank(d.category())) {
            p.add("category", "validation.required");
        } else {
            category = MatterCategory.parse(d.category()).orElse(null);
            if (category == null) {
                p.add("category", "catalogue.validation.category", d.category());
            }
        }
        String name = p.required("name", d.name(), 200);
        List<LegalBasis> basis = new ArrayList<>();
        List<String> basisTexts = d.basis().stream().filter(t -> !blank(t)).toList();
        if (basisTexts.isEmpty()) {
            p.add("basis", "catalogue.validation.basis-required");
        } else if (basisTexts.size() > 20) {
            p.add("basis", "catalogue.validation.too-many", 20);
        }
        for (String text : basisTexts) {
            Optional<LegalBasis> parsed = LegalBasis.parse(text);
            if (parsed.isEmpty()) {
                p.add("basis", "catalogue.validation.basis", text.strip());
            } else {
                basis.add(parsed.get());
            }
        }
        String responsibility = p.required("responsibility", d.responsibility(), 2000);
        Integer days = d.timeLimitDays();
        PeriodUnit unit = null;
        PeriodRule rule = null;
        if (!blank(d.timeLimitRule())) {
            rule = PeriodRule.byCode(d.timeLimitRule().strip()).orElse(null);
            if (rule == null || !rule.unit().countable()) {
                p.add("timeLimitRule", "catalogue.validation.time-limit-rule", d.timeLimitRule());
                rule = null;
            }
        }
        if (!blank(d.timeLimitUnit())) {
            unit = parseUnit(d.timeLimitUnit());
            if (unit == null) {
                p.add("timeLimitUnit", "catalogue.validation.time-limit-unit", d.timeLimitUnit());
            }
        }
        if (rule != null) {
            days = days == null ? rule.length() : days;
            unit = unit == null ? rule.unit() : unit;
            if (days != rule.length() || unit != rule.unit()) {
                p.add("timeLimitDays", "catalogue.validation.time-limit-mismatch", rule.length());
            }
        }
        if (days != null && (days < 1 || days > 3650)) {
            p.add("timeLimitDays", "catalogue.validation.time-limit-days");
        }
        if (days != null && unit == null && blank(d.timeLimitUnit())) {
            p.add("timeLimitUnit", "validation.required");
        }
        if (days == null && unit != null) {
            p.add("timeLimitDays", "validation.required");
        }
        String fees = p.required("fees", d.fees(), 200);
        String accepting = p.required("acceptingBody", d.acceptingBody(), 100);
        String approving = p.required("approvingBody", d.approvingBody(), 100);
        String conditions = p.required("conditions", d.conditions(), 2000);
        String materials = p.optional("materials", d.materials(), 2000);
        List<String> steps = d.steps().stream().filter(s -> !blank(s)).map(String::strip).toList();
        if (steps.isEmpty()) {
            p.add("steps", "catalogue.validation.steps-required");
        } else if (steps.size() > MAX_STEPS) {
            p.add("steps", "catalogue.validation.too-many", MAX_STEPS);
        }
        for (String s : steps) {
            if (s.length() > 20) {
                p.add("steps", "catalogue.validation.step-length", s, 20);
            }
        }
        Set<PenaltyKind> kinds = new LinkedHashSet<>();
        for (String k : d.penaltyKinds()) {
            if (blank(k)) {
                continue;
            }
            PenaltyKind kind = PenaltyKind.parse(k).orElse(null);
            if (kind == null) {
                p.add("penaltyKinds", "catalogue.validation.penalty-kind", k.strip());
            } else {
                kinds.add(kind);
            }
        }
        boolean penalty = category == MatterCategory.ADMINISTRATIVE_PENALTY;
        if (penalty && kinds.isEmpty() && d.penaltyKinds().stream().allMatch(MatterRules::blank)) {
            p.add("penaltyKinds", "catalogue.validation.penalty-kinds-required");
        }
        if (!penalty && category != null && !kinds.isEmpty()) {
            p.add("penaltyKinds", "catalogue.validation.penalty-kinds-not-penalty");
        }
        List<FineBound> bounds = new ArrayList<>();
        Set<FineBasis> seen = EnumSet.noneOf(FineBasis.class);
        for (MatterDraft.FineBoundDraft b : d.fineBounds()) {
            if (b == null) {
                p.add("fineBounds", "catalogue.validation.fine-range");
                continue;
            }
            FineBound bound = bound(p, "fineBounds", b.basis(), b.min(), b.max());
            if (bound != null && !seen.add(bound.basis())) {
                p.add("fineBounds", "catalogue.validation.fine-basis-twice", bound.basis().name());
            } else if (bound != null) {
                bounds.add(bound);
            }
        }
        if (kinds.contains(PenaltyKind.FINE) && bounds.isEmpty() && d.fineBounds().isEmpty()) {
            p.add("fineBounds", "catalogue.validation.fine-bounds-required");
        }
        if (!kinds.contains(PenaltyKind.FINE) && !d.fineBounds().isEmpty()) {
            p.add("fineBounds", "catalogue.validation.fine-bounds-without-fine");
        }
        Set<AvStage> stages = EnumSet.noneOf(AvStage.class);
        for (String s : d.avStages()) {
            if (blank(s)) {
                continue;
            }
            AvStage stage = AvStage.parse(s).orElse(null);
            if (stage == null) {
                p.add("avStages", "catalogue.validation.av-stage", s.strip());
            } else {
                stages.add(stage);
            }
        }
        p.optional("reason", d.reason(), 300);
        if (!p.list.isEmpty()) {
            return new Checked<>(null, p.list);
        }
        return new Checked<>(new Matter(id, agencyId, code, category, name, List.copyOf(basis), responsibility, days,
                unit, rule, fees, accepting, approving, conditions, materials == null ? "" : materials, steps,
                List.copyOf(kinds), List.copyOf(bounds), stages, null, null, version), List.of());
    }

    /**
     * Checks a discretion standard against its matter (行政处罚法 Art. 34; LAW.md §7): each level at most once,
     * penalties only of the kinds the matter's statute allows, a fine range exactly when the level imposes a
     * fine and then inside the statute's bound of the same unit, every circumstance code once.
     */
    static Checked<List<DiscretionLevel>> discretion(Matter matter, List<DiscretionDraft> drafts) {
        Problems p = new Problems(null);
        if (!matter.isPenalty()) {
            p.add("levels", "catalogue.validation.discretion-not-penalty");
            return new Checked<>(null, p.list);
        }
        if (drafts == null || drafts.isEmpty()) {
            p.add("levels", "catalogue.validation.discretion-required");
            return new Checked<>(null, p.list);
        }
        List<DiscretionLevel> levels = new ArrayList<>();
        Set<CircumstanceLevel> seenLevels = EnumSet.noneOf(CircumstanceLevel.class);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            DiscretionDraft d = drafts.get(i);
            String prefix = "levels[" + i + "].";
            if (d == null) {
                p.add("levels[" + i + "]", "validation.required");
                continue;
            }
            CircumstanceLevel level = null;
            try {
                level = d.level() == null ? null : CircumstanceLevel.valueOf(d.level().strip());
            } catch (IllegalArgumentException e) {
                level = null;
            }
            if (level == null) {
                p.add(prefix + "level", "catalogue.validation.level", String.valueOf(d.level()));
            } else if (!seenLevels.add(level)) {
                p.add(prefix + "level", "catalogue.validation.level-twice", level.name());
            }
            String label = p.required(prefix + "label", d.label(), 20);
            List<DiscretionLevel.Circumstance> circumstances = new ArrayList<>();
            if (d.circumstances().isEmpty()) {
                p.add(prefix + "circumstances", "catalogue.validation.circumstances-required");
            }
            for (DiscretionDraft.CircumstanceDraft c : d.circumstances()) {
                if (c == null) {
                    p.add(prefix + "circumstances", "validation.required");
                    continue;
                }
                String code = p.required(prefix + "circumstances", c.code(), 20);
                String description = p.required(prefix + "circumstances", c.description(), 300);
                if (code != null && !CODE.matcher(code).matches()) {
                    p.add(prefix + "circumstances", "catalogue.validation.circumstance-code", code);
                } else if (code != null && !codes.add(code)) {
                    p.add(prefix + "circumstances", "catalogue.validation.circumstance-twice", code);
                }
                if (code != null && description != null) {
                    circumstances.add(new DiscretionLevel.Circumstance(code, description));
                }
            }
            List<PenaltyKind> penalties = new ArrayList<>();
            for (String k : d.penalties()) {
                PenaltyKind kind = PenaltyKind.parse(k).orElse(null);
                if (kind == null) {
                    p.add(prefix + "penalties", "catalogue.validation.penalty-kind", String.valueOf(k));
                } else if (!matter.penaltyKinds().contains(kind)) {
                    p.add(prefix + "penalties", "catalogue.validation.penalty-not-allowed", kind.name());
                } else if (!penalties.contains(kind)) {
                    penalties.add(kind);
                }
            }
            FineBound fine = null;
            boolean fineGiven = !blank(d.fineBasis()) || d.fineMin() != null || d.fineMax() != null;
            if (penalties.contains(PenaltyKind.FINE) && !fineGiven) {
                p.add(prefix + "fine", "catalogue.validation.fine-range-required");
            } else if (!penalties.contains(PenaltyKind.FINE) && fineGiven) {
                p.add(prefix + "fine", "catalogue.validation.fine-range-without-fine");
            } else if (fineGiven) {
                fine = bound(p, prefix + "fine", d.fineBasis(), d.fineMin(), d.fineMax());
                if (fine != null) {
                    Optional<FineBound> statute = matter.fineBound(fine.basis());
                    if (statute.isEmpty()) {
                        p.add(prefix + "fine", "catalogue.validation.fine-basis-not-in-statute",
                                fine.basis().name());
                    } else if (!fine.within(statute.get())) {
                        p.add(prefix + "fine", "catalogue.validation.fine-outside-statute",
                                statute.get().min().toPlainString(), statute.get().max().toPlainString());
                    }
                }
            }
            String description = p.required(prefix + "description", d.description(), 1000);
            if (level != null && label != null && description != null) {
                levels.add(new DiscretionLevel(level, label, List.copyOf(circumstances), List.copyOf(penalties),
                        fine, description));
            }
        }
        if (!p.list.isEmpty()) {
            return new Checked<>(null, p.list);
        }
        levels.sort((a, b) -> a.level().compareTo(b.level()));
        return new Checked<>(List.copyOf(levels), List.of());
    }

    static FineBound bound(Problems p, String field, String basisText, BigDecimal min, BigDecimal max) {
        FineBasis basis = FineBasis.parse(basisText).orElse(null);
        if (basis == null) {
            p.add(field, "catalogue.validation.fine-basis", String.valueOf(basisText));
        }
        if (min == null || max == null) {
            p.add(field, "catalogue.validation.fine-range");
            return null;
        }
        if (min.signum() < 0 || max.compareTo(min) < 0 || max.compareTo(MAX_AMOUNT) > 0
                || min.stripTrailingZeros().scale() > 2 || max.stripTrailingZeros().scale() > 2) {
            p.add(field, "catalogue.validation.fine-range");
            return null;
        }
        return basis == null ? null : new FineBound(basis, FineBound.plain(min), FineBound.plain(max));
    }

    private static PeriodUnit parseUnit(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase(PeriodUnit.WORKING_DAYS.name())) {
            return PeriodUnit.WORKING_DAYS;
        }
        if (t.equalsIgnoreCase(PeriodUnit.CALENDAR_DAYS.name())) {
            return PeriodUnit.CALENDAR_DAYS;
        }
        return null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Collects problems, each against a field, and for imports against the row. */
    static final class Problems {
        final List<FieldProblem> list = new ArrayList<>();
        private final Integer row;

        Problems(Integer row) {
            this.row = row;
        }

        void add(String field, String key, Object... args) {
            list.add(new FieldProblem(row, field, key, args));
        }

        String required(String field, String value, int max) {
            if (blank(value)) {
                add(field, "validation.required");
                return null;
            }
            return optional(field, value, max);
        }

        String optional(String field, String value, int max) {
            if (blank(value)) {
                return null;
            }
            String v = value.strip();
            if (v.length() > max) {
                add(field, "validation.too-long", max);
                return null;
            }
            return v;
        }
    }
}
