package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.catalogue.PenaltyKind;
import org.springframework.stereotype.Component;

/**
 * Where a case stands and what comes next, for the case page's guide and the officers' to-do lists: the acts
 * whose forms make sense now, the one the procedure expects next, and the deadline that governs it. The gates
 * themselves stay in {@link Cases}; this only reads the steps so that nobody is offered a form the law would
 * refuse anyway (a decision before the party was heard, 行政处罚法 Art. 62; payment before service, Art. 67).
 */
@Component
public class CaseProgress {

    /** The acts of a penalty case that a person records through a form. */
    public enum Action {
        RECORD, NOTICE, STATEMENT, HEARING, DELIBERATION, DECISION, SERVICE, PAYMENT, CLOSE, ARCHIVE;

        public String messageKey() {
            return "cases.action." + name();
        }

        /** Acts the agency's head performs (行政处罚法 Art. 57: deliberation; closing and archiving approve the file). */
        public boolean byHead() {
            return this == DELIBERATION || this == CLOSE || this == ARCHIVE;
        }
    }

    /**
     * A case read once: its steps, deadlines and account; the acts offered now; the act expected next (none once
     * archived) and the due date of the deadline it meets, if any; and {@code waitingUntil}, the end of the
     * party's five working days while the agency waits for its statement (Art. 64).
     */
    public record Progress(List<CaseStep> steps, List<CaseDeadline> deadlines, Cases.Account account,
            Set<Action> offered, Optional<Action> next, LocalDate due, LocalDate waitingUntil) {
    }

    private final Cases cases;
    private final PenaltySettings settings;
    private final Clock clock;

    CaseProgress(Cases cases, PenaltySettings settings, Clock clock) {
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    public Progress of(CaseFile c) {
        LocalDate today = LocalDate.now(clock);
        List<CaseStep> steps = cases.steps(c);
        List<CaseDeadline> deadlines = cases.deadlines(c);
        Cases.Account account = c.fineAmount() == null ? null : cases.account(c, steps, today);
        Set<Action> offered = EnumSet.noneOf(Action.class);
        Action next = null;
        LocalDate waitingUntil = null;
        if (c.stage() == CaseStage.ARCHIVED) {
            return new Progress(steps, deadlines, account, offered, Optional.empty(), null, null);
        }
        if (c.decidedOn() == null) {
            boolean general = c.procedure() == ProcedureKind.GENERAL;
            boolean investigated = steps.stream()
                    .anyMatch(s -> s.kind().equals(Steps.RECORD) || s.kind().equals(Steps.EVIDENCE));
            Optional<Steps.Notice> notice = cases.lastOf(steps, Steps.NOTICE, Steps.Notice.class);
            List<Steps.Statement> statements = cases.stepsOf(steps, Steps.STATEMENT, Steps.Statement.class);
            boolean hearingRequested = statements.stream().anyMatch(Steps.Statement::hearingRequested);
            boolean heard = steps.stream().anyMatch(s -> s.kind().equals(Steps.HEARING));
            boolean deliberated = steps.stream().anyMatch(s -> s.kind().equals(Steps.DELIBERATION));
            if (c.stage() == CaseStage.FILING || c.stage() == CaseStage.INVESTIGATION) {
                offered.add(Action.RECORD);
            }
            if (general && investigated && notice.isEmpty()) {
                offered.add(Action.NOTICE);
            }
            LocalDate statementPeriodEnd = due(deadlines, PeriodRule.HEARING_REQUEST).orElse(null);
            if (notice.isPresent() && statements.isEmpty()) {
                offered.add(Action.STATEMENT);
                if (statementPeriodEnd != null && !today.isAfter(statementPeriodEnd)) {
                    waitingUntil = statementPeriodEnd;
                }
            }
            if (hearingRequested && !heard) {
                offered.add(Action.HEARING);
            }
            if (general && notice.isPresent() && !deliberated) {
                offered.add(Action.DELIBERATION);
            }
            boolean partyHeard = !statements.isEmpty() || waitingUntil == null;
            boolean ready = !general || notice.isPresent() && partyHeard && (!hearingRequested || heard);
            if (ready) {
                offered.add(Action.DECISION);
            }
            if (general && !investigated) {
                next = Action.RECORD;
            } else if (general && notice.isEmpty()) {
                next = Action.NOTICE;
            } else if (general && !partyHeard) {
                next = Action.STATEMENT;
            } else if (hearingRequested && !heard) {
                next = Action.HEARING;
            } else if (general && !deliberated && notice.map(n -> needsDeliberation(n.penalties())).orElse(false)) {
                next = Action.DELIBERATION;
            } else {
                next = Action.DECISION;
            }
        } else if (c.stage().atOrAfter(CaseStage.CLOSED)) {
            next = Action.ARCHIVE;
        } else {
            boolean served = steps.stream().anyMatch(s -> s.kind().equals(Steps.SERVICE));
            if (c.decisionType() != DecisionType.TRANSFER && !served) {
                next = Action.SERVICE;
            } else if (account != null && account.outstanding().signum() > 0) {
                next = Action.PAYMENT;
            } else {
                next = Action.CLOSE;
            }
        }
        offered.add(next);
        LocalDate due = switch (next) {
            case STATEMENT -> waitingUntil;
            case DECISION, NOTICE, RECORD, HEARING, DELIBERATION -> due(deadlines, PeriodRule.PENALTY_DECISION)
                    .orElse(null);
            case SERVICE -> due(deadlines, PeriodRule.DELIVERY_TO_ABSENT_PARTY).orElse(null);
            case PAYMENT -> due(deadlines, PeriodRule.FINE_PAYMENT).orElse(null);
            default -> null;
        };
        return new Progress(steps, deadlines, account, offered, Optional.of(next), due, waitingUntil);
    }

    /** Whether the agency requires its heads to deliberate on these penalties (Art. 57; {@link PenaltySettings}). */
    private boolean needsDeliberation(List<Steps.Penalty> penalties) {
        BigDecimal fine = penalties.stream().filter(p -> p.kind() == PenaltyKind.FINE && p.amount() != null)
                .map(Steps.Penalty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return fine.compareTo(settings.deliberationFine()) >= 0
                || penalties.stream().anyMatch(p -> p.kind() == PenaltyKind.REVOCATION);
    }

    private static Optional<LocalDate> due(List<CaseDeadline> deadlines, PeriodRule rule) {
        return deadlines.stream().filter(d -> d.open() && d.code().equals(rule.code())).map(CaseDeadline::due)
                .findFirst();
    }
}
