package org.mingjing.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.PenaltyRules;
import org.mingjing.cases.PenaltySettings;
import org.mingjing.cases.Steps;
import org.mingjing.cases.Steps.Penalty;
import org.mingjing.catalogue.CircumstanceLevel;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.PenaltyKind;

/**
 * What a synthetic case ends with, and the arithmetic of the law around it: the decision and its penalties, taken
 * from the level of the agency's discretion standard the circumstances fall in (行政处罚法 Art. 34) with fines inside
 * the matter's statutory bounds for the case's illegal income or turnover; no penalty for minor first violations
 * (Art. 33), none where the facts are not proven, transfer where a crime is suspected (Art. 27, Art. 57); the
 * summary procedure only for a warning or a fine of at most 200 yuan on a citizen or 3,000 yuan on an organisation
 * (Art. 51). The workflow's own rules that the generator must agree with — the right to a hearing (Art. 63) and the
 * late fee (Art. 72–73) — are repeated here as that workflow computes them, and the integration test checks the
 * generated cases against the workflow itself.
 */
final class Sanctions {

    /** Penalties a level lists as "chosen by the circumstances" (责令限期停止活动, 撤换负责人): not always given. */
    private static final Set<PenaltyKind> OPTIONAL_KINDS = EnumSet.of(PenaltyKind.SUSPENSION, PenaltyKind.OTHER);

    /** The decision the case is heading for, chosen at filing so the figures it needs exist from the start. */
    record Plan(ProcedureKind procedure, DecisionType type, DiscretionLevel level, List<Penalty> penalties) {
    }

    private final Dice d;
    private final Words w;
    private final Words.Mix mix;
    private final Scene.MatterPlan plan;
    private final Matter matter;
    /** The case's illegal income and turnover (违法所得, 违法经营额), when it has them. */
    private BigDecimal income;
    private BigDecimal turnover;

    Sanctions(Dice dice, Words words, Scene.MatterPlan plan) {
        this.d = dice;
        this.w = words;
        this.mix = words.mix();
        this.plan = plan;
        this.matter = plan.matter();
    }

    BigDecimal income() {
        return income;
    }

    BigDecimal turnover() {
        return turnover;
    }

    /**
     * The decision the case heads for: the summary procedure where Art. 51 allows it and the dice say so;
     * otherwise transfer, no penalty because unproven, or a level of the discretion standard — no penalty at the
     * minor level, else that level's penalties and fine — and the illegal income or turnover those need.
     */
    Plan plan(PartyType partyType) {
        if (d.chance(mix.summary())) {
            List<Penalty> summary = summaryPenalties(partyType);
            if (!summary.isEmpty()) {
                return new Plan(ProcedureKind.SUMMARY, DecisionType.PENALTY, null, summary);
            }
        }
        double r = d.unit();
        if (r < mix.transfer()) {
            figures(CircumstanceLevel.SEVERE, partyType, false);
            return new Plan(ProcedureKind.GENERAL, DecisionType.TRANSFER, plan.levels().get(CircumstanceLevel.SEVERE),
                    List.of());
        }
        if (r < mix.transfer() + mix.noPenaltyUnproven()) {
            figures(CircumstanceLevel.GENERAL, partyType, false);
            return new Plan(ProcedureKind.GENERAL, DecisionType.NO_PENALTY_UNPROVEN, null, List.of());
        }
        DiscretionLevel level = level();
        if (level != null && level.level() == CircumstanceLevel.MINOR) {
            figures(CircumstanceLevel.MINOR, partyType, false);
            return new Plan(ProcedureKind.GENERAL, DecisionType.NO_PENALTY_MINOR, level, List.of());
        }
        List<PenaltyKind> kinds = new ArrayList<>();
        for (PenaltyKind k : level != null ? level.penalties() : List.of(d.pick(matter.penaltyKinds()))) {
            if (matter.penaltyKinds().contains(k) && (!OPTIONAL_KINDS.contains(k) || d.chance(0.4))) {
                kinds.add(k);
            }
        }
        if (kinds.isEmpty()) {
            boolean levelsFirst = level != null && !level.penalties().isEmpty()
                    && matter.penaltyKinds().contains(level.penalties().get(0));
            kinds.add(levelsFirst ? level.penalties().get(0) : matter.penaltyKinds().get(0));
        }
        CircumstanceLevel severity = level == null ? CircumstanceLevel.GENERAL : level.level();
        FineBound bound = kinds.contains(PenaltyKind.FINE) ? fineBound(level) : null;
        if (kinds.contains(PenaltyKind.FINE) && bound == null) {
            kinds.remove(PenaltyKind.FINE);
            if (kinds.isEmpty()) {
                kinds.add(matter.penaltyKinds().stream().filter(k -> k != PenaltyKind.FINE).findFirst()
                        .orElse(PenaltyKind.WARNING));
            }
        }
        figures(severity, partyType, bound != null && bound.basis() == FineBasis.ILLEGAL_INCOME
                || kinds.contains(PenaltyKind.CONFISCATION));
        if (bound != null && bound.basis() == FineBasis.ILLEGAL_TURNOVER && turnover == null) {
            turnover = amount(severity, partyType);
        }
        if (bound != null && bound.basis() == FineBasis.ILLEGAL_INCOME && income == null) {
            income = amount(severity, partyType);
        }
        List<Penalty> penalties = new ArrayList<>();
        for (PenaltyKind k : kinds) {
            if (k == PenaltyKind.FINE) {
                penalties.add(new Penalty(k, fineWithin(bound)));
            } else if (k == PenaltyKind.CONFISCATION) {
                BigDecimal confiscated = income != null ? income : turnover != null ? turnover
                        : BigDecimal.valueOf(d.between(20, 2000) * 10L);
                penalties.add(new Penalty(k, Batch.money(confiscated)));
            } else {
                penalties.add(new Penalty(k, null));
            }
        }
        return new Plan(ProcedureKind.GENERAL, DecisionType.PENALTY, level, penalties);
    }

    /** A level of the matter's discretion standard, as often as the mix says, among those the standard has. */
    private DiscretionLevel level() {
        if (plan.levels().isEmpty()) {
            return null;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (CircumstanceLevel l : plan.levels().keySet()) {
            weights.put(l.name(), mix.levels().getOrDefault(l.name(), 0.1));
        }
        return plan.levels().get(CircumstanceLevel.valueOf(d.weighted(weights)));
    }

    /** The level's fine range if it has one the statute measures the same way, else the statute's first bound. */
    private FineBound fineBound(DiscretionLevel level) {
        if (level != null && level.fine() != null && matter.fineBound(level.fine().basis()).isPresent()) {
            return level.fine();
        }
        return matter.fineBounds().isEmpty() ? null : matter.fineBounds().get(0);
    }

    /** Illegal income (and sometimes turnover) of a size that fits the circumstances and the party. */
    private void figures(CircumstanceLevel severity, PartyType partyType, boolean incomeNeeded) {
        boolean measured = matter.fineBounds().stream().anyMatch(b -> b.basis() != FineBasis.FIXED);
        if (incomeNeeded || measured && d.chance(0.5)) {
            income = amount(severity, partyType);
        }
        if (matter.fineBound(FineBasis.ILLEGAL_TURNOVER).isPresent() && d.chance(0.3)) {
            turnover = amount(severity, partyType).multiply(BigDecimal.valueOf(d.between(1, 2)));
        }
    }

    private BigDecimal amount(CircumstanceLevel severity, PartyType partyType) {
        Map<String, List<Long>> ranges = partyType == PartyType.NATURAL_PERSON ? w.personIncomeRanges()
                : w.incomeRanges();
        List<Long> range = ranges.getOrDefault(severity.name(), List.of(1000L, 9000L));
        return BigDecimal.valueOf(d.between(range.get(0) / 10, range.get(1) / 10) * 10);
    }

    /** A fine inside the bound for the case's figures, rounded to 100, 10 or 1 yuan where that stays inside. */
    private BigDecimal fineWithin(FineBound bound) {
        BigDecimal base = switch (bound.basis()) {
            case FIXED -> BigDecimal.ONE;
            case ILLEGAL_INCOME -> income;
            case ILLEGAL_TURNOVER -> turnover;
        };
        FineBound yuan = bound.inYuan(base);
        return pickWithin(yuan.min(), yuan.max());
    }

    private BigDecimal pickWithin(BigDecimal min, BigDecimal max) {
        BigDecimal x = min.add(max.subtract(min).multiply(BigDecimal.valueOf(d.unit())));
        BigDecimal width = max.subtract(min);
        for (BigDecimal step : new BigDecimal[] { new BigDecimal("100"), BigDecimal.TEN, BigDecimal.ONE }) {
            if (width.compareTo(step) < 0 && step.compareTo(BigDecimal.ONE) > 0) {
                continue;
            }
            BigDecimal rounded = x.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
            if (rounded.compareTo(min) >= 0 && rounded.compareTo(max) <= 0) {
                return Batch.money(rounded);
            }
        }
        return min.setScale(2, RoundingMode.CEILING);
    }

    /**
     * What the summary procedure may decide for this matter and party (行政处罚法 Art. 51): a warning, or a fine
     * inside the statute and no more than 200 yuan on a citizen or 3,000 yuan on an organisation; empty if
     * neither is possible, and the case goes the general way.
     */
    private List<Penalty> summaryPenalties(PartyType partyType) {
        BigDecimal limit = partyType == PartyType.NATURAL_PERSON ? PenaltySettings.SUMMARY_LIMIT_NATURAL
                : PenaltySettings.SUMMARY_LIMIT_ORGANISATION;
        boolean warning = matter.penaltyKinds().contains(PenaltyKind.WARNING);
        BigDecimal smallFine = null;
        if (matter.penaltyKinds().contains(PenaltyKind.FINE)) {
            for (FineBound b : matter.fineBounds()) {
                if (b.basis() == FineBasis.FIXED && b.min().compareTo(limit) <= 0) {
                    smallFine = pickWithin(b.min(), b.max().min(limit));
                    break;
                }
                if (b.basis() != FineBasis.FIXED) {
                    long most = limit.divide(b.max(), 0, RoundingMode.FLOOR).longValue();
                    if (most >= 10) {
                        BigDecimal base = BigDecimal.valueOf(d.between(Math.max(10, most / 5), most));
                        if (b.basis() == FineBasis.ILLEGAL_INCOME) {
                            income = base;
                        } else {
                            turnover = base;
                        }
                        FineBound yuan = b.inYuan(base);
                        smallFine = pickWithin(yuan.min(), yuan.max().min(limit));
                        break;
                    }
                }
            }
        }
        if (smallFine != null && (!warning || d.chance(0.6))) {
            return warning && d.chance(0.2) ? List.of(new Penalty(PenaltyKind.WARNING, null),
                    new Penalty(PenaltyKind.FINE, smallFine)) : List.of(new Penalty(PenaltyKind.FINE, smallFine));
        }
        return warning ? List.of(new Penalty(PenaltyKind.WARNING, null)) : List.of();
    }

    /**
     * Whether the party may ask for a hearing (行政处罚法 Art. 63), as the workflow decides it: a large fine or
     * confiscation (thresholds of {@link PenaltySettings}), revocation, suspension or another heavy sanction.
     */
    static boolean hearingRight(List<Penalty> penalties, PartyType partyType, PenaltySettings settings) {
        return PenaltyRules.hearingRight(penalties, partyType, settings);
    }

    /**
     * The late fee (行政处罚法 Art. 72(1)) exactly as the workflow's account computes it: 3 % of the fine for each day
     * after the due date up to the day of payment, not counting the days a remedy ran (Art. 73), never more than
     * the fine.
     */
    static BigDecimal lateFee(BigDecimal fine, LocalDate due, LocalDate paidOn, LocalDate remedyFrom,
            LocalDate remedyUntil) {
        List<Steps.Remedy> remedies = remedyFrom == null ? List.of()
                : List.of(new Steps.Remedy("RECONSIDERATION", remedyFrom, remedyUntil));
        return PenaltyRules.lateFee(fine, due, paidOn, paidOn, remedies);
    }

    /**
     * After the party's statement the fine may come down a little, never below the statute (Art. 32, 45) nor below the
     * range of the discretion standard's level the circumstances give (Art. 34: a fine outside it would need a written
     * reason and a legal review, which a generated case does not make for this).
     */
    List<Penalty> reduced(List<Penalty> penalties, DiscretionLevel level) {
        List<Penalty> result = new ArrayList<>();
        for (Penalty p : penalties) {
            if (p.kind() == PenaltyKind.FINE) {
                BigDecimal lower = p.amount().multiply(new BigDecimal("0.85")).setScale(0, RoundingMode.CEILING);
                BigDecimal min = statutoryMinimum();
                BigDecimal levelMin = levelMinimum(level);
                if (levelMin != null) {
                    min = min == null ? levelMin : min.max(levelMin);
                }
                result.add(min != null && lower.compareTo(min) >= 0 ? new Penalty(p.kind(), Batch.money(lower)) : p);
            } else {
                result.add(p);
            }
        }
        return result;
    }

    /** The lowest fine the level's range allows for the case's figures, or null if it has none that applies. */
    private BigDecimal levelMinimum(DiscretionLevel level) {
        if (level == null || level.fine() == null) {
            return null;
        }
        BigDecimal base = switch (level.fine().basis()) {
            case FIXED -> BigDecimal.ONE;
            case ILLEGAL_INCOME -> income;
            case ILLEGAL_TURNOVER -> turnover;
        };
        return base == null ? null : level.fine().inYuan(base).min();
    }

    /** The lowest fine any of the statute's bounds allows for the case's figures, or null if none applies. */
    private BigDecimal statutoryMinimum() {
        BigDecimal min = null;
        for (FineBound b : matter.fineBounds()) {
            BigDecimal base = switch (b.basis()) {
                case FIXED -> BigDecimal.ONE;
                case ILLEGAL_INCOME -> income;
                case ILLEGAL_TURNOVER -> turnover;
            };
            if (base != null) {
                BigDecimal m = b.inYuan(base).min();
                min = min == null ? m : min.max(m);
            }
        }
        return min;
    }

    static BigDecimal total(List<Penalty> penalties, PenaltyKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Penalty p : penalties) {
            if (p.kind() == kind && p.amount() != null) {
                sum = sum.add(p.amount());
            }
        }
        return sum;
    }
}
