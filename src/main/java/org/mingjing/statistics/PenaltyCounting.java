package org.mingjing.statistics;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseStatistics.DecidedCase;
import org.mingjing.cases.Steps.Penalty;
import org.mingjing.catalogue.PenaltyKind;

/**
 * The counting rules of the penalty table of the annual report (LAW.md §5): a decision with several penalties counts
 * once, under its heaviest kind, in the order from lightest 警告, 通报批评, 罚款, 没收违法所得/非法财物, 暂扣/停产停业,
 * 吊销, 其他 — the order of {@link PenaltyKind}; 罚没金额 is the fines and the confiscations together; a decision not
 * to penalise (不予处罚) is counted apart and never as a penalty.
 */
final class PenaltyCounting {

    private PenaltyCounting() {
    }

    /** The heaviest kind among the penalties, or none if there are none. */
    static Optional<PenaltyKind> heaviest(Collection<Penalty> penalties) {
        return penalties.stream().map(Penalty::kind).filter(k -> k != null).max(Enum::compareTo);
    }

    /** 罚没金额: the amounts of every fine and confiscation, in yuan. */
    static BigDecimal confiscated(Collection<Penalty> penalties) {
        return penalties.stream().filter(p -> p.amount() != null
                && (p.kind() == PenaltyKind.FINE || p.kind() == PenaltyKind.CONFISCATION))
                .map(Penalty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The penalty table of some decisions: per kind (every kind present, 0 where none), total, 罚没金额. */
    static Tally tally(List<DecidedCase> decisions) {
        Map<PenaltyKind, Long> byKind = new EnumMap<>(PenaltyKind.class);
        for (PenaltyKind k : PenaltyKind.values()) {
            byKind.put(k, 0L);
        }
        long total = 0;
        long noPenalty = 0;
        long reduced = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (DecidedCase d : decisions) {
            if (d.type() == DecisionType.NO_PENALTY_MINOR || d.type() == DecisionType.NO_PENALTY_UNPROVEN) {
                noPenalty++;
                continue;
            }
            if (d.type() != DecisionType.PENALTY) {
                continue;
            }
            Optional<PenaltyKind> kind = heaviest(d.penalties());
            if (kind.isEmpty()) {
                continue;
            }
            byKind.merge(kind.get(), 1L, Long::sum);
            total++;
            amount = amount.add(confiscated(d.penalties()));
            if (d.reduced()) {
                reduced++;
            }
        }
        return new Tally(byKind, total, amount, noPenalty, reduced);
    }

    /** What {@link #tally} counted. */
    record Tally(Map<PenaltyKind, Long> byKind, long total, BigDecimal confiscatedAmount, long noPenalty,
            long reduced) {
    }
}
