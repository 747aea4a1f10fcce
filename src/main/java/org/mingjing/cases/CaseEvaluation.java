package org.mingjing.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.catalogue.Matter;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;

/**
 * The pre-check of a case file before archiving, after the 河南 evaluation standard (案卷评查, LAW.md §8; seed
 * §二(二)2). Veto items fail the file outright: subject unqualified or acting beyond its powers, officers
 * uncertified, fewer than two officers, no party, unclear facts, insufficient evidence, limitation expired,
 * missing legal basis, illegal procedure. Then points are deducted from 100 for the presentation: missing
 * standard documents and steps out of the statutory order.
 */
final class CaseEvaluation {

    private CaseEvaluation() {
    }

    record Result(List<String> vetoes, int score, List<String> deductions) {
    }

    static Result evaluate(CaseFile c, List<CaseStep> steps, Cases cases, Organization organization, Matter matter,
            StatutoryCalendar calendar) {
        List<String> vetoes = new ArrayList<>();
        if (matter == null || !matter.agencyId().equals(c.agencyId())) {
            vetoes.add("ULTRA_VIRES");
        }
        if (c.officerIds().size() < 2) {
            vetoes.add("FEWER_THAN_TWO_OFFICERS");
        }
        LocalDate acted = c.decidedOn() != null ? c.decidedOn() : c.filedOn();
        long certified = c.officerIds().stream().map(organization::officer).filter(o -> o.isPresent()
                && certifiedOn(o.get(), c.filedOn()) && certifiedOn(o.get(), acted)).count();
        if (certified < 2) {
            vetoes.add("OFFICERS_UNCERTIFIED");
        }
        if (c.parties().stream().noneMatch(p -> p.role() == PartyRole.PARTY)) {
            vetoes.add("NO_PARTY");
        }
        if (c.facts() == null || c.facts().strip().length() < 10) {
            vetoes.add("FACTS_UNCLEAR");
        }
        boolean penalty = c.decisionType() == DecisionType.PENALTY;
        boolean evidence = steps.stream().anyMatch(s -> s.kind().equals(Steps.RECORD) || s.kind().equals(Steps.EVIDENCE));
        if (penalty && !evidence && c.procedure() == ProcedureKind.GENERAL) {
            vetoes.add("EVIDENCE_INSUFFICIENT");
        }
        LocalDate from = c.continuingUntil() != null ? c.continuingUntil() : c.occurredOn();
        LocalDate limitation = calendar.deadline(from,
                c.seriousHarm() ? PeriodRule.LIMITATION_LIFE_HEALTH_FINANCE : PeriodRule.LIMITATION).deadline();
        if (c.filedOn().isAfter(limitation)) {
            vetoes.add("LIMITATION_EXPIRED");
        }
        List<Steps.Decision> decisions = cases.stepsOf(steps, Steps.DECISION, Steps.Decision.class);
        if (decisions.isEmpty() || decisions.get(0).basis() == null || decisions.get(0).basis().isBlank()
                || matter == null || matter.basis().isEmpty()) {
            vetoes.add("BASIS_MISSING");
        }
        boolean notice = steps.stream().anyMatch(s -> s.kind().equals(Steps.NOTICE));
        boolean served = steps.stream().anyMatch(s -> s.kind().equals(Steps.SERVICE));
        if (penalty && c.procedure() == ProcedureKind.GENERAL && !notice
                || c.decisionType() != DecisionType.TRANSFER && !served) {
            vetoes.add("PROCEDURE_ILLEGAL");
        }
        List<String> deductions = new ArrayList<>();
        int score = 100;
        int lastOrder = -1;
        for (CaseStep s : steps) {
            int order = order(s.kind());
            if (order >= 0 && order < lastOrder) {
                deductions.add("ORDER:" + s.kind());
                score -= 5;
            }
            lastOrder = Math.max(lastOrder, order);
        }
        if (penalty && c.procedure() == ProcedureKind.GENERAL
                && steps.stream().noneMatch(s -> s.kind().equals(Steps.STATEMENT))) {
            deductions.add("NO_STATEMENT_RECORDED");
            score -= 5;
        }
        return new Result(vetoes, Math.max(0, score), deductions);
    }

    private static boolean certifiedOn(Officer o, LocalDate day) {
        return !day.isBefore(o.certificateValidFrom()) && !day.isAfter(o.certificateValidUntil());
    }

    /** The statutory order 立案 → 调查 → 审查 → 决定 → 送达 → 执行 (LAW.md §8). */
    private static int order(String kind) {
        return switch (kind) {
            case Steps.RECORD, Steps.EVIDENCE -> 1;
            case Steps.NOTICE, Steps.STATEMENT, Steps.HEARING, Steps.DELIBERATION -> 2;
            case Steps.DECISION -> 3;
            case Steps.SERVICE -> 4;
            case Steps.PAYMENT, Steps.REMEDY -> 5;
            case Steps.CLOSE -> 6;
            default -> -1;
        };
    }
}
