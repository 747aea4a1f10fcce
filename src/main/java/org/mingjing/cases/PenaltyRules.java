package org.mingjing.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.Steps.Penalty;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.PenaltyKind;

/**
 * The rules of the penalty procedure that are arithmetic rather than order, each with its article. Public so that
 * whatever else writes cases (the synthetic-data generator) applies the same rules rather than copies of them.
 */
public final class PenaltyRules {

    /** 3 % of the fine per day (行政处罚法 Art. 72(1)). */
    static final BigDecimal LATE_FEE_RATE = new BigDecimal("0.03");

    private PenaltyRules() {
    }

    static BigDecimal total(List<Penalty> penalties, PenaltyKind kind) {
        return penalties.stream().filter(p -> p.kind() == kind && p.amount() != null).map(Penalty::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Set<PenaltyKind> kinds(List<Penalty> penalties) {
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        penalties.forEach(p -> kinds.add(p.kind()));
        return kinds;
    }

    /**
     * Whether the party may ask for a hearing (行政处罚法 Art. 63): a large fine or confiscation (thresholds set by
     * the province), revocation of a licence or registration, suspension of activities (责令停产停业, 限期停止活动),
     * or another heavy sanction (取缔, 撤换负责人 — kept under OTHER).
     */
    public static boolean hearingRight(List<Penalty> penalties, PartyType partyType, PenaltySettings settings) {
        BigDecimal threshold = partyType == PartyType.NATURAL_PERSON ? settings.hearingFineNatural()
                : settings.hearingFineOrganisation();
        Set<PenaltyKind> kinds = kinds(penalties);
        return kinds.contains(PenaltyKind.REVOCATION) || kinds.contains(PenaltyKind.SUSPENSION)
                || kinds.contains(PenaltyKind.OTHER) || total(penalties, PenaltyKind.FINE).compareTo(threshold) >= 0
                || total(penalties, PenaltyKind.CONFISCATION).compareTo(threshold) >= 0;
    }

    /**
     * Whether the summary procedure (简易程序) may decide this (行政处罚法 Art. 51): a warning, or a fine of at most
     * 200 yuan on a citizen or 3,000 yuan on an organisation, and nothing else.
     */
    static boolean summaryAllowed(List<Penalty> penalties, PartyType partyType) {
        BigDecimal limit = partyType == PartyType.NATURAL_PERSON ? PenaltySettings.SUMMARY_LIMIT_NATURAL
                : PenaltySettings.SUMMARY_LIMIT_ORGANISATION;
        for (Penalty p : penalties) {
            if (p.kind() != PenaltyKind.WARNING && p.kind() != PenaltyKind.FINE) {
                return false;
            }
        }
        return total(penalties, PenaltyKind.FINE).compareTo(limit) <= 0;
    }

    /**
     * What the decision adds to the notified proposal, if anything (行政处罚法 Art. 45: the penalty may not be
     * raised because the party stated its case or defended itself): a kind that was not proposed, or a larger
     * fine or confiscation.
     */
    static List<String> raised(List<Penalty> proposed, List<Penalty> decided) {
        List<String> raised = new ArrayList<>();
        Set<PenaltyKind> proposedKinds = kinds(proposed);
        for (PenaltyKind kind : kinds(decided)) {
            if (!proposedKinds.contains(kind)) {
                raised.add(kind.name());
            }
        }
        for (PenaltyKind kind : List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION)) {
            if (proposedKinds.contains(kind) && total(decided, kind).compareTo(total(proposed, kind)) > 0) {
                raised.add(kind.name() + " " + total(decided, kind).toPlainString() + " > "
                        + total(proposed, kind).toPlainString());
            }
        }
        return raised;
    }

    /** The result of checking a fine against the statute: within, below the minimum, above the maximum. */
    record FineCheck(Outcome outcome, BigDecimal min, BigDecimal max) {
        enum Outcome { WITHIN, BELOW, ABOVE, NO_BASIS }
    }

    /**
     * Checks a fine against the matter's statutory bounds (LAW.md §2: computed from the illegal income or
     * turnover the case records). Where the statute gives alternative bounds (违法经营额 1–3 倍 或 违法所得 3–5 倍)
     * the fine fits if it fits one that the case's figures allow computing. BELOW and ABOVE report the widest
     * range that applies.
     */
    static FineCheck checkFine(Matter matter, BigDecimal fine, BigDecimal income, BigDecimal turnover) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (FineBound bound : matter.fineBounds()) {
            BigDecimal base = switch (bound.basis()) {
                case FIXED -> BigDecimal.ONE;
                case ILLEGAL_INCOME -> income;
                case ILLEGAL_TURNOVER -> turnover;
            };
            if (base == null) {
                continue;
            }
            FineBound yuan = bound.inYuan(base);
            if (fine.compareTo(yuan.min()) >= 0 && fine.compareTo(yuan.max()) <= 0) {
                return new FineCheck(FineCheck.Outcome.WITHIN, yuan.min(), yuan.max());
            }
            min = min == null || yuan.min().compareTo(min) < 0 ? yuan.min() : min;
            max = max == null || yuan.max().compareTo(max) > 0 ? yuan.max() : max;
        }
        if (min == null) {
            return new FineCheck(FineCheck.Outcome.NO_BASIS, null, null);
        }
        return new FineCheck(fine.compareTo(min) < 0 ? FineCheck.Outcome.BELOW : FineCheck.Outcome.ABOVE,
                money(min), money(max));
    }

    /**
     * The late fee on a fine not paid by its due date (行政处罚法 Art. 72(1)): 3 % of the fine for each day after
     * the due date up to and including {@code asOf} (or the day the fine was paid in full, if earlier), never
     * more than the fine itself; days while 行政复议 or 行政诉讼 runs are not counted (Art. 73).
     */
    public static BigDecimal lateFee(BigDecimal fine, LocalDate due, LocalDate paidInFull, LocalDate asOf,
            List<Steps.Remedy> remedies) {
        if (fine == null || fine.signum() <= 0 || due == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        LocalDate last = paidInFull != null && paidInFull.isBefore(asOf) ? paidInFull : asOf;
        long days = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            boolean paused = remedies.stream().anyMatch(r -> !day.isBefore(r.from())
                    && (r.until() == null || !day.isAfter(r.until())));
            if (!paused) {
                days++;
            }
            if (days * 3 >= 100) {
                break;
            }
        }
        BigDecimal fee = fine.multiply(LATE_FEE_RATE).multiply(BigDecimal.valueOf(days));
        return money(fee.min(fine));
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static Optional<BigDecimal> fine(List<Penalty> penalties) {
        BigDecimal fine = total(penalties, PenaltyKind.FINE);
        return fine.signum() > 0 ? Optional.of(money(fine)) : Optional.empty();
    }
}
