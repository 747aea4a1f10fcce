package org.mingjing.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.mingjing.cases.Cases;
import org.mingjing.cases.Party;

import tools.jackson.databind.JsonNode;

/** A case as the API shows it to staff of its agency's reach. */
record CaseView(String id, String number, String agencyId, String agencyName, String matterCode, String matterName,
        String actType, String procedure, String source, String facts, LocalDate occurredOn, LocalDate filedOn,
        String place, BigDecimal illegalIncome, BigDecimal illegalTurnover, String stage, String stageName,
        LocalDate decidedOn, String decisionType, BigDecimal fineAmount, LocalDate closedOn, LocalDate archivedOn,
        Integer evaluationScore, List<Party> parties, List<OfficerView> officers, List<DeadlineView> deadlines,
        List<StepView> steps, Cases.Account account, int version) {

    record OfficerView(String id, String name, String certificateNumber, LocalDate certificateValidUntil) {
    }

    record DeadlineView(String code, String name, LocalDate due, LocalDate satisfiedOn, boolean overdue) {
    }

    record StepView(String id, int seq, String kind, String stage, LocalDate occurredOn, String recordedBy,
            JsonNode data) {
    }
}
