package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.ServiceMethod;
import org.mingjing.cases.Steps.Penalty;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.CreditCode;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.Paged;
import org.mingjing.shared.PhoneNumber;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.ResidentIdNumber;
import org.mingjing.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Penalty cases (行政处罚) from filing to archive, and the gates the law puts between their steps (LAW.md §1–2,
 * seed §二(二)). Each step is refused with a 409 naming the gate when the law forbids it, with a 400 naming the
 * fields when the input is wrong, and otherwise recorded in order with its deadlines.
 *
 * <p>Who: a case belongs to its agency. Officers assigned to it act on it; the agency's head approves
 * (deliberation, closing, archiving) and may act too; everyone else of the agency's reach reads it, and
 * nobody else sees it (404).
 *
 * <p>Concurrency: every step locks the case row first, so steps on one case apply one after the other.
 */
@Service
public class Cases {

    private final CaseRepository repository;
    private final Organization organization;
    private final Catalogue catalogue;
    private final StatutoryCalendar calendar;
    private final PenaltySettings settings;
    /** Resolved when a decision is made: the gates' modules depend on this one. */
    private final org.springframework.beans.factory.ObjectProvider<DecisionGate> gates;
    /** Resolved when a decision is made or proposed: the discretion module depends on this one. */
    private final org.springframework.beans.factory.ObjectProvider<DiscretionCheck> discretion;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final AvChecklist avChecklist;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Cases(CaseRepository repository, Organization organization, Catalogue catalogue, StatutoryCalendar calendar,
            PenaltySettings settings, org.springframework.beans.factory.ObjectProvider<DecisionGate> gates,
            org.springframework.beans.factory.ObjectProvider<DiscretionCheck> discretion, MessageSource messages,
            ApplicationEventPublisher events, AvChecklist avChecklist, Clock clock) {
        this.repository = repository;
        this.organization = organization;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.settings = settings;
        this.gates = gates;
        this.discretion = discretion;
        this.messages = messages;
        this.events = events;
        this.avChecklist = avChecklist;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The case, if the caller may read it: staff of the agency's reach. System and security administrators do
     * not read cases (三员分立 keeps them out of business data); they are refused, not told it does not exist.
     */
    public CaseFile requireVisible(Caller caller, String caseId) {
        requireReader(caller);
        return (caseId == null ? Optional.<CaseFile>empty() : repository.byId(caseId))
                .filter(c -> organization.visibleAgencyIds(caller).contains(c.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("cases.problem.not-found"));
    }

    public Paged<CaseFile> search(Caller caller, CaseStage stage, String q, boolean mine, int page, int size) {
        requireReader(caller);
        Paged.checkBounds(page, size);
        Set<String> scope = organization.visibleAgencyIds(caller);
        String officer = mine ? caller.officerId().orElse("-") : null;
        return new Paged<>(repository.search(scope, stage, q, officer, page, size),
                repository.count(scope, stage, q, officer));
    }

    public List<CaseStep> steps(CaseFile c) {
        return repository.steps(c.id());
    }

    public List<CaseDeadline> deadlines(CaseFile c) {
        return repository.deadlines(c.id());
    }

    public List<CaseDocument> documents(CaseFile c) {
        return repository.documents(c.id());
    }

    public CaseDocument requireVisibleDocument(Caller caller, String documentId) {
        CaseDocument d = (documentId == null ? Optional.<CaseDocument>empty() : repository.document(documentId))
                .orElseThrow(() -> ProblemException.notFound("cases.problem.document-not-found"));
        requireVisible(caller, d.caseId());
        return d;
    }

    /** The content of each step of a kind, in order. */
    public <T> List<T> stepsOf(List<CaseStep> steps, String kind, Class<T> type) {
        return steps.stream().filter(s -> s.kind().equals(kind)).map(s -> json.readValue(s.data(), type)).toList();
    }

    public <T> Optional<T> lastOf(List<CaseStep> steps, String kind, Class<T> type) {
        List<T> all = stepsOf(steps, kind, type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** What the party owes on the day: the fine, the late fee so far, what was paid, and the rest. */
    public Account account(CaseFile c, List<CaseStep> steps, LocalDate asOf) {
        BigDecimal fine = c.fineAmount() == null ? BigDecimal.ZERO.setScale(2) : c.fineAmount();
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        LocalDate paidInFull = null;
        for (Steps.Payment p : stepsOf(steps, Steps.PAYMENT, Steps.Payment.class)) {
            paid = paid.add(p.amount());
            if (paidInFull == null && paid.compareTo(fine) >= 0) {
                paidInFull = p.paidOn();
            }
        }
        LocalDate due = repository.deadlines(c.id()).stream().filter(d -> d.code().equals(PeriodRule.FINE_PAYMENT.code()))
                .map(CaseDeadline::due).findFirst().orElse(null);
        BigDecimal lateFee = PenaltyRules.lateFee(fine, due, paidInFull, asOf,
                stepsOf(steps, Steps.REMEDY, Steps.Remedy.class));
        BigDecimal outstanding = fine.add(lateFee).subtract(paid).max(BigDecimal.ZERO);
        return new Account(fine, lateFee, PenaltyRules.money(paid), PenaltyRules.money(outstanding), due);
    }

    public record Account(BigDecimal fine, BigDecimal lateFee, BigDecimal paid, BigDecimal outstanding,
            LocalDate due) {
    }

    // ---------------------------------------------------------------- filing

    /**
     * Files (立案) a case in the caller's agency against a matter of its catalogue, with at least two officers
     * whose certificates are valid on the filing day (行政处罚法 Art. 42), unless the limitation period has run
     * (Art. 36: two years from the act, or from its end if it continued; five where life, health or financial
     * safety was harmed). Sets the 90-day decision deadline (Art. 60).
     */
    @Transactional
    public CaseFile file(Caller caller, Drafts.Filing d) {
        requireRole(caller, Role.OFFICER, Role.HEAD);
        Agency agency = organization.agency(caller.agencyId())
                .orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        Matter matter = null;
        if (blank(d.matterCode())) {
            problems.add(FieldProblem.of("matterCode", "validation.required"));
        } else {
            matter = catalogue.matterOfAgency(agency.id(), d.matterCode()).orElse(null);
            if (matter == null) {
                problems.add(FieldProblem.of("matterCode", "cases.validation.matter", d.matterCode()));
            } else if (matter.category() != MatterCategory.ADMINISTRATIVE_PENALTY) {
                problems.add(FieldProblem.of("matterCode", "cases.validation.matter-not-penalty", d.matterCode()));
            }
        }
        if (d.procedure() == null) {
            problems.add(FieldProblem.of("procedure", "validation.required"));
        }
        if (d.source() == null) {
            problems.add(FieldProblem.of("source", "validation.required"));
        }
        text(problems, "facts", d.facts(), 4000, true);
        text(problems, "place", d.place(), 200, true);
        LocalDate filedOn = d.filedOn() == null ? today : d.filedOn();
        if (d.occurredOn() == null) {
            problems.add(FieldProblem.of("occurredOn", "validation.required"));
        } else if (d.occurredOn().isAfter(filedOn)) {
            problems.add(FieldProblem.of("occurredOn", "cases.validation.occurred-after-filing"));
        }
        if (filedOn.isAfter(today)) {
            problems.add(FieldProblem.of("filedOn", "cases.validation.future"));
        }
        if (d.continuingUntil() != null && d.occurredOn() != null
                && (d.continuingUntil().isBefore(d.occurredOn()) || d.continuingUntil().isAfter(filedOn))) {
            problems.add(FieldProblem.of("continuingUntil", "cases.validation.continuing"));
        }
        amount(problems, "illegalIncome", d.illegalIncome());
        amount(problems, "illegalTurnover", d.illegalTurnover());
        List<Party> parties = parties(problems, d.parties());
        List<String> officerIds = d.officerIds() == null ? List.of() : d.officerIds().stream().distinct().toList();
        for (int i = 0; i < officerIds.size(); i++) {
            String id = officerIds.get(i);
            Optional<Officer> o = id == null ? Optional.empty() : organization.officer(id);
            if (o.isEmpty() || !o.get().agencyId().equals(agency.id())) {
                problems.add(FieldProblem.of("officerIds[" + i + "]", "cases.validation.officer", String.valueOf(id)));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        requireActingOfficers(officerIds, filedOn);
        LocalDate limitationFrom = d.continuingUntil() != null ? d.continuingUntil() : d.occurredOn();
        boolean seriousHarm = Boolean.TRUE.equals(d.seriousHarm());
        LocalDate limitationEnd = calendar.deadline(limitationFrom,
                seriousHarm ? PeriodRule.LIMITATION_LIFE_HEALTH_FINANCE : PeriodRule.LIMITATION).deadline();
        if (filedOn.isAfter(limitationEnd)) {
            throw ProblemException.conflict("limitation-expired", "cases.gate.limitation-expired",
                    limitationFrom.toString(), limitationEnd.toString());
        }
        String number = number(agency, "FILING", filedOn.getYear());
        CaseFile c = new CaseFile(Ids.newId(), agency.id(), number, MatterCategory.ADMINISTRATIVE_PENALTY,
                d.procedure(), matter.id(), matter.code(), matter.name(), d.source(), d.facts().strip(),
                d.occurredOn(), d.continuingUntil(), seriousHarm, filedOn, d.place().strip(),
                money(d.illegalIncome()), money(d.illegalTurnover()), CaseStage.FILING, null, null, null, null, null,
                null, parties, officerIds, 0);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insert(c, caller.username(), now);
        if (d.procedure() == ProcedureKind.GENERAL) {
            repository.setDeadline(c.id(), PeriodRule.PENALTY_DECISION.code(),
                    calendar.deadline(filedOn, PeriodRule.PENALTY_DECISION).deadline());
        }
        issue(c, "FILING_APPROVAL", number, null, filedOn, now);
        events.publishEvent(new CaseChanged(caller.username(), c.agencyId(), c.id(), "FILED"));
        return repository.byId(c.id()).orElseThrow();
    }

    // ---------------------------------------------------------------- investigation

    /**
     * Records an inquiry, on-site inspection or sampling (笔录): by at least two officers of the case with valid
     * certificates on the day (行政处罚法 Art. 42), who showed their certificates (Art. 55).
     */
    @Transactional
    public CaseStep addRecord(Caller caller, String caseId, Drafts.RecordDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        requireOpenBefore(c, CaseStage.DECISION);
        List<FieldProblem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(FieldProblem.of("kind", "validation.required"));
        }
        date(problems, "occurredOn", d.occurredOn(), c.filedOn().minusDays(0));
        text(problems, "content", d.content(), 20000, true);
        text(problems, "person", d.person(), 100, false);
        text(problems, "place", d.place(), 200, false);
        List<String> officers = d.officerIds() == null ? List.of() : d.officerIds().stream().distinct().toList();
        for (int i = 0; i < officers.size(); i++) {
            if (!c.officerIds().contains(officers.get(i))) {
                problems.add(FieldProblem.of("officerIds[" + i + "]", "cases.validation.officer-not-on-case",
                        String.valueOf(officers.get(i))));
            }
        }
        if (d.certificateShown() == null) {
            problems.add(FieldProblem.of("certificateShown", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        requireActingOfficers(officers, d.occurredOn());
        if (d.kind().needsCertificateShown() && !d.certificateShown()) {
            throw ProblemException.conflict("certificate-not-shown", "cases.gate.certificate-not-shown");
        }
        Steps.Record record = new Steps.Record(d.kind(), officers, d.certificateShown(), strip(d.person()),
                strip(d.place()), d.content().strip());
        CaseStep step = append(caller, c, Steps.RECORD, CaseStage.INVESTIGATION, d.occurredOn(), record);
        if (c.stage() == CaseStage.FILING) {
            repository.updateStage(c.id(), CaseStage.INVESTIGATION, OffsetDateTime.now(clock));
        }
        issue(c, d.kind() == CaseEnums.RecordKind.INQUIRY ? "INQUIRY_RECORD" : "INSPECTION_RECORD", null, step.id(),
                d.occurredOn(), OffsetDateTime.now(clock));
        return step;
    }

    // ---------------------------------------------------------------- notice, statements, hearing

    /**
     * Serves the notice of the proposed decision (事先告知, 行政处罚法 Art. 44) after the investigation (Art. 54):
     * penalties of the kinds the matter's statute provides and a fine inside its bounds; tells the party whether
     * it may ask for a hearing (Art. 63) and starts the five working days to do so (Art. 64).
     */
    @Transactional
    public CaseStep notice(Caller caller, String caseId, Drafts.NoticeDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (c.procedure() == ProcedureKind.SUMMARY) {
            throw ProblemException.conflict("stage", "cases.gate.summary-no-notice");
        }
        requireOpenBefore(c, CaseStage.DECISION);
        List<CaseStep> steps = repository.steps(c.id());
        if (steps.stream().noneMatch(s -> s.kind().equals(Steps.RECORD) || s.kind().equals(Steps.EVIDENCE))) {
            throw ProblemException.conflict("investigation-required", "cases.gate.investigation-required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "servedOn", d.servedOn(), c.filedOn());
        Drafts.ProposedDecision proposed = d.proposedDecision();
        List<Penalty> penalties = List.of();
        if (proposed == null) {
            problems.add(FieldProblem.of("proposedDecision", "validation.required"));
        } else {
            penalties = penalties(problems, "proposedDecision.penalties", proposed.penalties(), true);
            text(problems, "proposedDecision.basis", proposed.basis(), 2000, true);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Matter matter = matter(c);
        checkAgainstStatute(c, matter, penalties, null, true);
        boolean hearingRight = PenaltyRules.hearingRight(penalties, partyType(c), settings);
        Steps.Notice notice = new Steps.Notice(d.servedOn(), penalties, proposed.basis().strip(), hearingRight);
        CaseStep step = append(caller, c, Steps.NOTICE, CaseStage.REVIEW, d.servedOn(), notice);
        repository.updateStage(c.id(), CaseStage.REVIEW, OffsetDateTime.now(clock));
        repository.setDeadline(c.id(), PeriodRule.HEARING_REQUEST.code(),
                calendar.deadline(d.servedOn(), PeriodRule.HEARING_REQUEST).deadline());
        issue(c, "PRIOR_NOTICE", number(agency(c), "NOTICE", d.servedOn().getYear()), step.id(), d.servedOn(),
                OffsetDateTime.now(clock));
        return step;
    }

    /**
     * Records the party's statement and defence (陈述申辩) with a hearing request, or its written waiver of both.
     * A hearing may be asked for only where Art. 63 gives the right, and within five working days of the
     * notice (Art. 64).
     */
    @Transactional
    public CaseStep statement(Caller caller, String caseId, Drafts.StatementDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        requireOpenBefore(c, CaseStage.DECISION);
        List<CaseStep> steps = repository.steps(c.id());
        Steps.Notice notice = lastOf(steps, Steps.NOTICE, Steps.Notice.class)
                .orElseThrow(() -> ProblemException.conflict("notice-required", "cases.gate.notice-first"));
        boolean waived = Boolean.TRUE.equals(d.waived());
        boolean hearing = Boolean.TRUE.equals(d.hearingRequested());
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "receivedOn", d.receivedOn(), notice.servedOn());
        if (!waived) {
            text(problems, "content", d.content(), 20000, true);
        }
        if (waived && hearing) {
            problems.add(FieldProblem.of("hearingRequested", "cases.validation.waived-and-hearing"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        LocalDate deadline = calendar.deadline(notice.servedOn(), PeriodRule.HEARING_REQUEST).deadline();
        if (hearing && !notice.hearingRight()) {
            throw ProblemException.conflict("hearing-not-available", "cases.gate.hearing-not-available");
        }
        if (hearing && d.receivedOn().isAfter(deadline)) {
            throw ProblemException.conflict("hearing-request-late", "cases.gate.hearing-request-late",
                    deadline.toString());
        }
        Steps.Statement statement = new Steps.Statement(d.receivedOn(), waived ? null : d.content().strip(), waived,
                hearing);
        CaseStep step = append(caller, c, Steps.STATEMENT, CaseStage.REVIEW, d.receivedOn(), statement);
        repository.satisfy(c.id(), PeriodRule.HEARING_REQUEST.code(), d.receivedOn());
        return step;
    }

    /**
     * Records a hearing (听证, 行政处罚法 Art. 64): notified at least seven working days before it is held, presided
     * over by an officer of the agency who did not investigate the case.
     */
    @Transactional
    public CaseStep hearing(Caller caller, String caseId, Drafts.HearingDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        requireOpenBefore(c, CaseStage.DECISION);
        List<CaseStep> steps = repository.steps(c.id());
        boolean requested = stepsOf(steps, Steps.STATEMENT, Steps.Statement.class).stream()
                .anyMatch(Steps.Statement::hearingRequested);
        if (!requested) {
            throw ProblemException.conflict("hearing-not-requested", "cases.gate.hearing-not-requested");
        }
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "noticeServedOn", d.noticeServedOn(), c.filedOn());
        date(problems, "heldOn", d.heldOn(), c.filedOn());
        text(problems, "place", d.place(), 200, true);
        text(problems, "record", d.record(), 20000, true);
        Optional<Officer> presiding = d.presidingOfficerId() == null ? Optional.empty()
                : organization.officer(d.presidingOfficerId()).filter(o -> o.agencyId().equals(c.agencyId()));
        if (presiding.isEmpty()) {
            problems.add(FieldProblem.of("presidingOfficerId", "cases.validation.officer",
                    String.valueOf(d.presidingOfficerId())));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        LocalDate latestNotice = calendar.deadline(d.heldOn(), PeriodRule.HEARING_NOTICE).deadline();
        if (d.noticeServedOn().isAfter(latestNotice)) {
            throw ProblemException.conflict("hearing-notice-late", "cases.gate.hearing-notice-late",
                    latestNotice.toString());
        }
        boolean investigated = c.officerIds().contains(presiding.get().id()) || stepsOf(steps, Steps.RECORD,
                Steps.Record.class).stream().anyMatch(r -> r.officerIds().contains(presiding.get().id()));
        if (investigated) {
            throw ProblemException.conflict("presiding-officer-conflict", "cases.gate.presiding-officer-conflict",
                    presiding.get().name());
        }
        Steps.Hearing hearing = new Steps.Hearing(d.noticeServedOn(), d.heldOn(), d.place().strip(),
                presiding.get().id(), d.record().strip());
        CaseStep step = append(caller, c, Steps.HEARING, CaseStage.REVIEW, d.heldOn(), hearing);
        issue(c, "HEARING_NOTICE", number(agency(c), "HEARING", d.noticeServedOn().getYear()), step.id(),
                d.noticeServedOn(), OffsetDateTime.now(clock));
        return step;
    }

    /** Records the collective deliberation of the agency's heads (集体讨论, 行政处罚法 Art. 57); by the head. */
    @Transactional
    public CaseStep deliberation(Caller caller, String caseId, Drafts.DeliberationDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (!caller.has(Role.HEAD)) {
            throw ProblemException.forbidden("cases.problem.head-only");
        }
        requireOpenBefore(c, CaseStage.DECISION);
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "heldOn", d.heldOn(), c.filedOn());
        text(problems, "participants", d.participants(), 500, true);
        text(problems, "conclusion", d.conclusion(), 4000, true);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return append(caller, c, Steps.DELIBERATION, CaseStage.REVIEW, d.heldOn(),
                new Steps.Deliberation(d.heldOn(), d.participants().strip(), d.conclusion().strip()));
    }

    // ---------------------------------------------------------------- decision

    /**
     * Decides the case (决定, 行政处罚法 Art. 57). Refused (409) unless: two officers with valid certificates
     * (Art. 42); in the general procedure the notice was served (Art. 44, Art. 62) and the party has stated its
     * case or waived it, or the five working days have passed, and a hearing asked for was held (Art. 63–64);
     * nothing heavier than the notice proposed (Art. 45); kinds and fine inside the statute, a fine below the
     * minimum only with the mitigating circumstances stated (Art. 32); the summary procedure only within Art. 51;
     * collective deliberation where the agency requires it (Art. 57); and every gate other modules add (the
     * legal review of major decisions, Art. 58).
     */
    @Transactional
    public CaseDocument decide(Caller caller, String caseId, Drafts.DecisionDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (c.decidedOn() != null) {
            throw ProblemException.conflict("already-decided", "cases.gate.already-decided");
        }
        requireOpenBefore(c, CaseStage.DECISION);
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "decidedOn", d.decidedOn(), c.filedOn());
        if (d.type() == null) {
            problems.add(FieldProblem.of("type", "validation.required"));
        }
        List<Penalty> penalties = penalties(problems, "penalties", d.penalties(), d.type() == DecisionType.PENALTY);
        if (d.type() != null && d.type() != DecisionType.PENALTY && !penalties.isEmpty()) {
            problems.add(FieldProblem.of("penalties", "cases.validation.no-penalties-expected"));
        }
        text(problems, "basis", d.basis(), 2000, true);
        text(problems, "discretionNote", d.discretionNote(), 2000, false);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        List<CaseStep> steps = repository.steps(c.id());
        requireActingOfficers(c.officerIds(), d.decidedOn());
        Matter matter = matter(c);
        boolean summary = c.procedure() == ProcedureKind.SUMMARY;
        if (d.type() == DecisionType.PENALTY) {
            if (summary && !PenaltyRules.summaryAllowed(penalties, partyType(c))) {
                throw ProblemException.conflict("summary-not-allowed", "cases.gate.summary-not-allowed",
                        partyType(c) == PartyType.NATURAL_PERSON ? PenaltySettings.SUMMARY_LIMIT_NATURAL
                                : PenaltySettings.SUMMARY_LIMIT_ORGANISATION);
            }
            if (!summary) {
                Steps.Notice notice = lastOf(steps, Steps.NOTICE, Steps.Notice.class)
                        .orElseThrow(() -> ProblemException.conflict("notice-required", "cases.gate.notice-required"));
                if (d.decidedOn().isBefore(notice.servedOn())) {
                    throw ProblemException.invalid("decidedOn", "cases.validation.before-notice");
                }
                List<Steps.Statement> statements = stepsOf(steps, Steps.STATEMENT, Steps.Statement.class);
                LocalDate periodEnd = calendar.deadline(notice.servedOn(), PeriodRule.HEARING_REQUEST).deadline();
                if (statements.isEmpty() && !d.decidedOn().isAfter(periodEnd)) {
                    throw ProblemException.conflict("statement-pending", "cases.gate.statement-pending",
                            periodEnd.toString());
                }
                boolean hearingRequested = statements.stream().anyMatch(Steps.Statement::hearingRequested);
                if (hearingRequested && stepsOf(steps, Steps.HEARING, Steps.Hearing.class).isEmpty()) {
                    throw ProblemException.conflict("hearing-pending", "cases.gate.hearing-pending");
                }
                List<String> raised = PenaltyRules.raised(notice.penalties(), penalties);
                if (!raised.isEmpty()) {
                    throw ProblemException.conflict("penalty-raised", "cases.gate.penalty-raised",
                            String.join(", ", raised));
                }
            }
            checkAgainstStatute(c, matter, penalties, d.discretionNote(), false);
            requireReasonForDeviation(c, "discretionNote", d.circumstances(), penalties, d.discretionNote());
        }
        Steps.Decision decision = new Steps.Decision(d.decidedOn(), d.type(), penalties, d.basis().strip(),
                d.circumstances() == null ? List.of() : d.circumstances().stream().filter(x -> !blank(x)).toList(),
                strip(d.discretionNote()));
        // Other modules' gates (the legal review) come before the collective deliberation, which decides on the
        // reviewed proposal.
        for (DecisionGate gate : gates.orderedStream().toList()) {
            Optional<ProblemException> refusal = gate.check(c, decision, steps);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
        }
        if (d.type() == DecisionType.PENALTY) {
            BigDecimal fine = PenaltyRules.total(penalties, PenaltyKind.FINE);
            boolean deliberationRequired = !summary && (fine.compareTo(settings.deliberationFine()) >= 0
                    || PenaltyRules.kinds(penalties).contains(PenaltyKind.REVOCATION));
            if (deliberationRequired && stepsOf(steps, Steps.DELIBERATION, Steps.Deliberation.class).isEmpty()) {
                throw ProblemException.conflict("deliberation-required", "cases.gate.deliberation-required");
            }
        }
        CaseStep step = append(caller, c, Steps.DECISION, CaseStage.DECISION, d.decidedOn(), decision);
        BigDecimal fine = PenaltyRules.fine(penalties).orElse(null);
        CaseStage next = d.type() == DecisionType.TRANSFER ? CaseStage.EXECUTION : CaseStage.SERVICE;
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.recordDecision(c.id(), d.decidedOn(), d.type(), fine, next, now);
        repository.satisfy(c.id(), PeriodRule.PENALTY_DECISION.code(), d.decidedOn());
        repository.satisfy(c.id(), PeriodRule.HEARING_REQUEST.code(), d.decidedOn());
        if (d.type() != DecisionType.TRANSFER) {
            repository.setDeadline(c.id(), PeriodRule.DELIVERY_TO_ABSENT_PARTY.code(),
                    calendar.deadline(d.decidedOn(), PeriodRule.DELIVERY_TO_ABSENT_PARTY).deadline());
        }
        String kind = switch (d.type()) {
            case PENALTY -> "PENALTY";
            case NO_PENALTY_MINOR, NO_PENALTY_UNPROVEN -> "NO_PENALTY";
            case TRANSFER -> "TRANSFER";
        };
        CaseDocument document = issue(c, d.type() == DecisionType.PENALTY ? "PENALTY_DECISION" : "OTHER_DECISION",
                number(agency(c), kind, d.decidedOn().getYear()), step.id(), d.decidedOn(), now);
        events.publishEvent(new CaseDecided(caller.username(), c.agencyId(), c.id(), document.id(), d.type().name()));
        return document;
    }

    // ---------------------------------------------------------------- acts other modules record on a case

    /**
     * A decision as proposed before it is made (for the legal review, 行政处罚法 Art. 58): checked as the decision
     * itself would be (type, penalties, basis; kinds and fine inside the matter's statute, a fine below the minimum
     * only with the mitigating circumstances stated, Art. 32), without its date. Problems name fields under
     * {@code field}.
     */
    public Steps.Decision proposal(CaseFile c, String field, Drafts.DecisionDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d == null) {
            throw ProblemException.invalid(field, "validation.required");
        }
        // Proposed as the prior notice proposes ({penalties, basis}): penalties without a type are a penalty.
        DecisionType type = d.type() != null ? d.type()
                : d.penalties() != null && !d.penalties().isEmpty() ? DecisionType.PENALTY : null;
        if (type == null) {
            problems.add(FieldProblem.of(field + ".type", "validation.required"));
        }
        List<Penalty> penalties = penalties(problems, field + ".penalties", d.penalties(), type == DecisionType.PENALTY);
        if (type != null && type != DecisionType.PENALTY && !penalties.isEmpty()) {
            problems.add(FieldProblem.of(field + ".penalties", "cases.validation.no-penalties-expected"));
        }
        text(problems, field + ".basis", d.basis(), 2000, true);
        text(problems, field + ".discretionNote", d.discretionNote(), 2000, false);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (type == DecisionType.PENALTY) {
            checkAgainstStatute(c, matter(c), penalties, d.discretionNote(), false);
            requireReasonForDeviation(c, field + ".discretionNote", d.circumstances(), penalties, d.discretionNote());
        }
        return new Steps.Decision(null, type, penalties, d.basis().strip(),
                d.circumstances() == null ? List.of() : d.circumstances().stream().filter(x -> !blank(x))
                        .map(String::strip).distinct().toList(),
                strip(d.discretionNote()));
    }

    /**
     * The case, locked for an act another module records on it (the legal review): visible to the caller, not
     * archived. Who may act is the calling module's rule.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CaseFile lockForOtherAct(Caller caller, String caseId) {
        requireVisible(caller, caseId);
        CaseFile c = repository.lock(caseId).orElseThrow();
        if (c.stage() == CaseStage.ARCHIVED) {
            throw ProblemException.conflict("stage", "cases.gate.archived");
        }
        return c;
    }

    /**
     * Records an act of another module as a step of the case (so it is in the timeline, the full-process record
     * and the export), in the caller's transaction, on a case locked by {@link #lockForOtherAct}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CaseStep recordStep(Caller caller, CaseFile locked, String kind, CaseStage stage, LocalDate on,
            Object data) {
        return append(caller, locked, kind, stage, on, data);
    }

    /**
     * Issues a document of the case for a step another module recorded, numbered in the agency's yearly series
     * of {@code numberKind} (the word {@code cases.number.<numberKind>}), or unnumbered when it is null.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CaseDocument issueDocument(CaseFile locked, String kind, String numberKind, String stepId, LocalDate on) {
        return issue(locked, kind, numberKind == null ? null : number(agency(locked), numberKind, on.getYear()),
                stepId, on, OffsetDateTime.now(clock));
    }

    /**
     * The case locked for a record that follows it after its decision, archived or not (the publication of the
     * decision, its withdrawal years later, its expiry): the record of a case never closes. The calling module has
     * checked who may act, or acts itself (a nightly job).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CaseFile lockForRecord(String caseId) {
        return repository.lock(caseId).orElseThrow(() -> ProblemException.notFound("cases.problem.not-found"));
    }

    /**
     * Records a step of another module by {@code actor} (a username, or {@code system} for a job) on a case locked
     * by {@link #lockForRecord} or {@link #lockForOtherAct}, in the caller's transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CaseStep recordStep(String actor, CaseFile locked, String kind, CaseStage stage, LocalDate on,
            Object data) {
        CaseStep step = new CaseStep(Ids.newId(), locked.id(), repository.nextSeq(locked.id()), kind, stage, on,
                json.writeValueAsString(data), OffsetDateTime.now(clock), actor);
        repository.insertStep(step);
        return step;
    }

    /** The case, for a module that has already checked the caller may see it (by {@link #requireVisible}). */
    public CaseFile byIdOfChecked(String caseId) {
        return repository.byId(caseId).orElseThrow(() -> ProblemException.notFound("cases.problem.not-found"));
    }

    /** The numbers of cases by id, for a module listing many that it has already checked the caller may see. */
    public java.util.Map<String, String> numbersOfChecked(java.util.Collection<String> caseIds) {
        return repository.numbers(caseIds);
    }

    /** Whether the caller is one of the case's officers. */
    public boolean onCase(Caller caller, CaseFile c) {
        return caller.officerId().map(c.officerIds()::contains).orElse(false);
    }

    /**
     * Everyone who took part in handling the case, as officer ids: its officers now and before a recusal, and the
     * officers named in its records and hearings. A legal reviewer among them is not independent of it.
     */
    public Set<String> handlingOfficerIds(CaseFile c, List<CaseStep> steps) {
        Set<String> ids = new java.util.HashSet<>(c.officerIds());
        stepsOf(steps, Steps.RECORD, Steps.Record.class).forEach(r -> ids.addAll(r.officerIds()));
        stepsOf(steps, Steps.RECUSAL, Steps.Recusal.class).forEach(r -> {
            ids.add(r.officerId());
            if (r.replacementOfficerId() != null) {
                ids.add(r.replacementOfficerId());
            }
        });
        return ids;
    }

    // ---------------------------------------------------------------- service and execution

    /**
     * Serves the decision (送达, 行政处罚法 Art. 61): on or after the decision day; electronically only with the
     * party's recorded consent. Starts the 15 days to pay a fine (Art. 67).
     */
    @Transactional
    public CaseStep serve(Caller caller, String caseId, Drafts.ServiceDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (c.decidedOn() == null) {
            throw ProblemException.conflict("decision-required", "cases.gate.decision-required");
        }
        if (c.stage().atOrAfter(CaseStage.CLOSED)) {
            throw ProblemException.conflict("stage", "cases.gate.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (d.method() == null) {
            problems.add(FieldProblem.of("method", "validation.required"));
        }
        date(problems, "servedOn", d.servedOn(), c.decidedOn());
        text(problems, "recipient", d.recipient(), 100, true);
        text(problems, "witnesses", d.witnesses(), 200, d.method() == ServiceMethod.LIEN);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (d.method() == ServiceMethod.ELECTRONIC && !Boolean.TRUE.equals(d.consentRecorded())) {
            throw ProblemException.conflict("electronic-consent-required", "cases.gate.electronic-consent-required");
        }
        requireActingOfficers(c.officerIds(), d.servedOn());
        Steps.Service service = new Steps.Service(d.method(), d.servedOn(), d.recipient().strip(),
                Boolean.TRUE.equals(d.consentRecorded()), strip(d.witnesses()));
        CaseStep step = append(caller, c, Steps.SERVICE, CaseStage.SERVICE, d.servedOn(), service);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.updateStage(c.id(), CaseStage.EXECUTION, now);
        repository.satisfy(c.id(), PeriodRule.DELIVERY_TO_ABSENT_PARTY.code(), d.servedOn());
        if (c.fineAmount() != null && repository.steps(c.id()).stream().filter(s -> s.kind().equals(Steps.SERVICE))
                .count() == 1) {
            repository.setDeadline(c.id(), PeriodRule.FINE_PAYMENT.code(),
                    calendar.deadline(d.servedOn(), PeriodRule.FINE_PAYMENT).deadline());
        }
        issue(c, "SERVICE_RECEIPT", null, step.id(), d.servedOn(), now);
        return step;
    }

    /** Records a payment of the fine or late fee; never more than is owed on the day (Art. 67, Art. 72). */
    @Transactional
    public CaseStep pay(Caller caller, String caseId, Drafts.PaymentDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (c.fineAmount() == null) {
            throw ProblemException.conflict("nothing-to-pay", "cases.gate.nothing-to-pay");
        }
        List<CaseStep> steps = repository.steps(c.id());
        if (stepsOf(steps, Steps.SERVICE, Steps.Service.class).isEmpty()) {
            throw ProblemException.conflict("service-required", "cases.gate.service-required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "paidOn", d.paidOn(), c.decidedOn());
        if (d.amount() == null || d.amount().signum() <= 0 || d.amount().stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("amount", "cases.validation.amount"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Account account = account(c, steps, d.paidOn());
        if (d.amount().compareTo(account.outstanding()) > 0) {
            throw ProblemException.invalid("amount", "cases.validation.overpaid", account.outstanding().toPlainString());
        }
        CaseStep step = append(caller, c, Steps.PAYMENT, CaseStage.EXECUTION, d.paidOn(),
                new Steps.Payment(PenaltyRules.money(d.amount()), d.paidOn()));
        if (account(c, repository.steps(c.id()), d.paidOn()).outstanding().signum() == 0) {
            repository.satisfy(c.id(), PeriodRule.FINE_PAYMENT.code(), d.paidOn());
        }
        return step;
    }

    /**
     * Withdraws an officer from the case (回避, 行政处罚法 Art. 43), as the head decides; the officer no longer acts
     * on it, and another officer of the agency may take the place so that two still act (Art. 42).
     */
    @Transactional
    public CaseStep recuse(Caller caller, String caseId, Drafts.RecusalDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (!caller.has(Role.HEAD)) {
            throw ProblemException.forbidden("cases.problem.head-only");
        }
        if (c.stage().atOrAfter(CaseStage.CLOSED)) {
            throw ProblemException.conflict("stage", "cases.gate.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (d.officerId() == null || !c.officerIds().contains(d.officerId())) {
            problems.add(FieldProblem.of("officerId", "cases.validation.officer-not-on-case",
                    String.valueOf(d.officerId())));
        }
        date(problems, "decidedOn", d.decidedOn(), c.filedOn());
        text(problems, "reason", d.reason(), 300, true);
        Optional<Officer> replacement = d.replacementOfficerId() == null ? Optional.empty()
                : organization.officer(d.replacementOfficerId()).filter(o -> o.agencyId().equals(c.agencyId()));
        if (d.replacementOfficerId() != null && (replacement.isEmpty()
                || c.officerIds().contains(d.replacementOfficerId()))) {
            problems.add(FieldProblem.of("replacementOfficerId", "cases.validation.officer",
                    d.replacementOfficerId()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        repository.recuse(c.id(), d.officerId(), d.decidedOn(), d.reason().strip());
        replacement.ifPresent(o -> repository.addOfficer(c.id(), o.id()));
        return append(caller, c, Steps.RECUSAL, c.stage(), d.decidedOn(),
                new Steps.Recusal(d.officerId(), d.decidedOn(), d.reason().strip(), d.replacementOfficerId()));
    }

    /**
     * Secures evidence by registering it for preservation (先行登记保存, 行政处罚法 Art. 56) with the head's approval;
     * a disposal decision is due within seven working days.
     */
    @Transactional
    public CaseStep preserve(Caller caller, String caseId, Drafts.PreservationDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        requireOpenBefore(c, CaseStage.DECISION);
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "decidedOn", d.decidedOn(), c.filedOn());
        text(problems, "items", d.items(), 2000, true);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        requireActingOfficers(c.officerIds(), d.decidedOn());
        CaseStep step = append(caller, c, Steps.PRESERVATION, CaseStage.INVESTIGATION, d.decidedOn(),
                new Steps.Preservation(d.decidedOn(), d.items().strip()));
        repository.setDeadline(c.id(), PeriodRule.PRESERVATION_DISPOSAL.code(),
                calendar.deadline(d.decidedOn(), PeriodRule.PRESERVATION_DISPOSAL).deadline());
        return step;
    }

    /** Decides what becomes of preserved evidence (Art. 56), which meets the seven-working-day deadline. */
    @Transactional
    public CaseStep dispose(Caller caller, String caseId, Drafts.DisposalDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        List<CaseStep> steps = repository.steps(c.id());
        Steps.Preservation preservation = lastOf(steps, Steps.PRESERVATION, Steps.Preservation.class)
                .orElseThrow(() -> ProblemException.conflict("preservation-required", "cases.gate.preservation-required"));
        List<FieldProblem> problems = new ArrayList<>();
        date(problems, "disposedOn", d.disposedOn(), preservation.decidedOn());
        text(problems, "outcome", d.outcome(), 2000, true);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        CaseStep step = append(caller, c, Steps.DISPOSAL, c.stage(), d.disposedOn(),
                new Steps.Disposal(d.disposedOn(), d.outcome().strip()));
        repository.satisfy(c.id(), PeriodRule.PRESERVATION_DISPOSAL.code(), d.disposedOn());
        return step;
    }

    /**
     * Defers the fine or splits it into instalments (延期或者分期缴纳, 行政处罚法 Art. 66) on the party's application
     * and the agency's approval: the payment falls due on the new day, so no late fee runs until then.
     */
    @Transactional
    public CaseStep arrangePayment(Caller caller, String caseId, Drafts.ArrangementDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (!caller.has(Role.HEAD)) {
            throw ProblemException.forbidden("cases.problem.head-only");
        }
        if (c.fineAmount() == null) {
            throw ProblemException.conflict("nothing-to-pay", "cases.gate.nothing-to-pay");
        }
        LocalDate due = repository.deadlines(c.id()).stream()
                .filter(x -> x.code().equals(PeriodRule.FINE_PAYMENT.code())).map(CaseDeadline::due).findFirst()
                .orElseThrow(() -> ProblemException.conflict("service-required", "cases.gate.service-required"));
        List<FieldProblem> problems = new ArrayList<>();
        if (!"DEFERRAL".equals(d.kind()) && !"INSTALMENT".equals(d.kind())) {
            problems.add(FieldProblem.of("kind", "cases.validation.arrangement-kind"));
        }
        date(problems, "approvedOn", d.approvedOn(), c.decidedOn());
        if (d.until() == null) {
            problems.add(FieldProblem.of("until", "validation.required"));
        } else if (!d.until().isAfter(due)) {
            problems.add(FieldProblem.of("until", "cases.validation.arrangement-until", due.toString()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        CaseStep step = append(caller, c, Steps.ARRANGEMENT, CaseStage.EXECUTION, d.approvedOn(),
                new Steps.Arrangement(d.kind(), d.approvedOn(), d.until()));
        repository.setDeadline(c.id(), PeriodRule.FINE_PAYMENT.code(), d.until());
        return step;
    }

    /** Records a 行政复议 or 行政诉讼 against the decision; the late fee pauses while it runs (Art. 73). */
    @Transactional
    public CaseStep remedy(Caller caller, String caseId, Drafts.RemedyDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (c.decidedOn() == null) {
            throw ProblemException.conflict("decision-required", "cases.gate.decision-required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!"RECONSIDERATION".equals(d.kind()) && !"LITIGATION".equals(d.kind())) {
            problems.add(FieldProblem.of("kind", "cases.validation.remedy-kind"));
        }
        date(problems, "from", d.from(), c.decidedOn());
        if (d.until() != null && d.from() != null && d.until().isBefore(d.from())) {
            problems.add(FieldProblem.of("until", "cases.validation.until"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return append(caller, c, Steps.REMEDY, c.stage(), d.from(), new Steps.Remedy(d.kind(), d.from(), d.until()));
    }

    /**
     * Records how the remedy {@code remedyStepId} of the case ended (the annual report counts the decisions corrected,
     * LAW.md §5). An officer on the case or the agency's head records it, on an archived case too, as the ruling
     * often comes after the file is closed; once per remedy; the day not before the remedy was brought nor after
     * today.
     */
    @Transactional
    public CaseStep concludeRemedy(Caller caller, String caseId, String remedyStepId, Drafts.RemedyOutcomeDraft d) {
        CaseFile visible = requireVisible(caller, caseId);
        boolean onCase = caller.officerId().map(visible.officerIds()::contains).orElse(false);
        if (!onCase && !(caller.has(Role.HEAD) && caller.agencyId().equals(visible.agencyId()))) {
            throw ProblemException.forbidden("cases.problem.not-on-case");
        }
        CaseFile c = lockForRecord(caseId);
        List<CaseStep> steps = repository.steps(c.id());
        CaseStep remedyStep = steps.stream().filter(s -> s.kind().equals(Steps.REMEDY) && s.id().equals(remedyStepId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("cases.problem.remedy-not-found"));
        boolean concluded = stepsOf(steps, Steps.REMEDY_OUTCOME, Steps.RemedyOutcome.class).stream()
                .anyMatch(o -> o.remedyStepId().equals(remedyStepId));
        if (concluded) {
            throw ProblemException.conflict("remedy-concluded", "cases.gate.remedy-concluded");
        }
        Steps.Remedy remedy = json.readValue(remedyStep.data(), Steps.Remedy.class);
        List<FieldProblem> problems = new ArrayList<>();
        CaseEnums.RemedyOutcome outcome = null;
        if (blank(d.outcome())) {
            problems.add(FieldProblem.of("outcome", "validation.required"));
        } else {
            try {
                outcome = CaseEnums.RemedyOutcome.valueOf(d.outcome().strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("outcome", "cases.validation.remedy-outcome"));
            }
        }
        date(problems, "concludedOn", d.concludedOn(), remedy.from());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return append(caller, c, Steps.REMEDY_OUTCOME, c.stage(), d.concludedOn(),
                new Steps.RemedyOutcome(remedyStepId, remedy.kind(), outcome, d.concludedOn()));
    }

    /**
     * Closes the case (结案) with the head's approval: the decision served and, for a fine, paid in full with any
     * late fee; a transfer to the judicial organs closes once decided; and every act the matter's audio-video
     * checklist lists recorded or its absence explained (音像记录清单, seed §二(二)3(2); {@link AvChecklist}), else
     * 409 {@code av-record-required} naming the acts.
     */
    @Transactional
    public CaseFile close(Caller caller, String caseId) {
        CaseFile c = lockForAct(caller, caseId);
        if (!caller.has(Role.HEAD)) {
            throw ProblemException.forbidden("cases.problem.head-only");
        }
        if (c.stage().atOrAfter(CaseStage.CLOSED)) {
            throw ProblemException.conflict("stage", "cases.gate.closed");
        }
        if (c.decidedOn() == null) {
            throw ProblemException.conflict("decision-required", "cases.gate.decision-required");
        }
        List<CaseStep> steps = repository.steps(c.id());
        LocalDate today = LocalDate.now(clock);
        if (c.decisionType() != DecisionType.TRANSFER && stepsOf(steps, Steps.SERVICE, Steps.Service.class).isEmpty()) {
            throw ProblemException.conflict("service-required", "cases.gate.service-required");
        }
        Account account = account(c, steps, today);
        if (account.outstanding().signum() > 0) {
            throw ProblemException.conflict("not-executed", "cases.gate.not-executed",
                    account.outstanding().toPlainString());
        }
        List<AvChecklist.AvItem> awaiting = avChecklist.awaiting(c, steps);
        if (!awaiting.isEmpty()) {
            throw ProblemException.conflict("av-record-required", "cases.gate.av-record-required",
                    describe(awaiting));
        }
        append(caller, c, Steps.CLOSE, CaseStage.CLOSED, today, new Steps.Close(today, null));
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.close(c.id(), today, now);
        issue(c, "CLOSING_REPORT", null, null, today, now);
        return repository.byId(c.id()).orElseThrow();
    }

    /**
     * Archives a closed case after the evaluation pre-check of LAW.md §8 (案卷评查, seed §二(二)2): any veto item
     * refuses it (409 {@code case-file-deficient}, listing what is wrong); otherwise the score is kept and the
     * file's cover and index are issued.
     */
    @Transactional
    public CaseFile archive(Caller caller, String caseId) {
        CaseFile c = lockForAct(caller, caseId);
        if (!caller.has(Role.HEAD)) {
            throw ProblemException.forbidden("cases.problem.head-only");
        }
        if (c.stage() != CaseStage.CLOSED) {
            throw ProblemException.conflict("stage", "cases.gate.archive-needs-closed");
        }
        List<CaseStep> steps = repository.steps(c.id());
        CaseEvaluation.Result result = CaseEvaluation.evaluate(c, steps, this, organization, matter(c),
                calendar);
        if (!result.vetoes().isEmpty()) {
            Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            String list = String.join("; ", result.vetoes().stream()
                    .map(v -> messages.getMessage("cases.veto." + v, null, v, locale)).toList());
            throw ProblemException.conflict("case-file-deficient", "cases.gate.case-file-deficient", list);
        }
        LocalDate today = LocalDate.now(clock);
        append(caller, c, Steps.ARCHIVE, CaseStage.ARCHIVED, today,
                new Steps.Archive(today, result.score(), result.deductions()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.archive(c.id(), today, result.score(), now);
        issue(c, "FILE_COVER", null, null, today, now);
        issue(c, "FILE_INDEX", null, null, today, now);
        return repository.byId(c.id()).orElseThrow();
    }

    /**
     * Records why an act the matter's audio-video checklist lists has no recording (音像记录清单, seed §二(二)3(2)),
     * as a step of the case, by its officers or the agency's head before the case is closed: the act then no
     * longer holds the closing up. {@code stepId} names the act (the case's own id for the filing).
     */
    @Transactional
    public CaseStep recordAvAbsence(Caller caller, String caseId, Drafts.AvAbsenceDraft d) {
        CaseFile c = lockForAct(caller, caseId);
        if (c.stage().atOrAfter(CaseStage.CLOSED)) {
            throw ProblemException.conflict("stage", "cases.gate.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "reason", d.reason(), 500, true);
        List<CaseStep> steps = repository.steps(c.id());
        Optional<AvChecklist.AvItem> item = blank(d.stepId()) ? Optional.empty()
                : avChecklist.items(c, steps).stream().filter(i -> i.stepId().equals(d.stepId().strip())).findFirst();
        if (blank(d.stepId())) {
            problems.add(FieldProblem.of("stepId", "validation.required"));
        } else if (item.isEmpty()) {
            problems.add(FieldProblem.of("stepId", "evidence.validation.av-step", d.stepId()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        LocalDate today = LocalDate.now(clock);
        return append(caller, c, Steps.AV_ABSENCE, c.stage(), today,
                new Steps.AvAbsence(item.get().stepId(), item.get().avStage(), d.reason().strip()));
    }

    /** The acts awaiting their recording, as the refusal names them: 询问笔录（2026-10-06）、听证（…）. */
    private String describe(List<AvChecklist.AvItem> items) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return String.join(messages.getMessage("cases.list.separator", null, ", ", locale), items.stream()
                .map(i -> messages.getMessage("cases.av.awaiting-item", new Object[] {
                        messages.getMessage("cases.step." + i.stepKind(), null, i.stepKind(), locale),
                        i.occurredOn().toString(),
                        messages.getMessage(i.avStage().messageKey(), null, i.avStage().name(), locale) }, locale))
                .toList());
    }

    /** Open deadlines within the caller's reach due on or before the day, for to-do lists and warnings. */
    public List<java.util.Map<String, Object>> openDeadlines(Caller caller, boolean mine, LocalDate until) {
        return repository.openDeadlines(organization.visibleAgencyIds(caller),
                mine ? caller.officerId().orElse("-") : null, until);
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the caller may take steps on the case: an officer assigned to it, or the head of its agency. */
    public boolean mayAct(Caller caller, CaseFile c) {
        boolean onCase = caller.officerId().map(c.officerIds()::contains).orElse(false);
        boolean head = caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
        return (onCase || head) && c.stage() != CaseStage.ARCHIVED;
    }

    private static void requireReader(Caller caller) {
        if (!caller.has(Role.OFFICER) && !caller.has(Role.REVIEWER) && !caller.has(Role.HEAD)
                && !caller.has(Role.SUPERVISOR) && !caller.has(Role.AUDITOR)) {
            throw ProblemException.forbidden("cases.problem.administrators");
        }
    }

    private CaseFile lockForAct(Caller caller, String caseId) {
        CaseFile visible = requireVisible(caller, caseId);
        boolean onCase = caller.officerId().map(visible.officerIds()::contains).orElse(false);
        boolean head = caller.has(Role.HEAD) && caller.agencyId().equals(visible.agencyId());
        if (!onCase && !head) {
            throw ProblemException.forbidden("cases.problem.not-on-case");
        }
        CaseFile c = repository.lock(caseId).orElseThrow();
        if (c.stage() == CaseStage.ARCHIVED) {
            throw ProblemException.conflict("stage", "cases.gate.archived");
        }
        return c;
    }

    private static void requireOpenBefore(CaseFile c, CaseStage stage) {
        if (c.stage().atOrAfter(stage)) {
            throw ProblemException.conflict("stage", "cases.gate.stage-passed");
        }
    }

    /** At least two officers act, each with a valid certificate on the day and in active service (Art. 42). */
    private void requireActingOfficers(List<String> officerIds, LocalDate day) {
        List<String> valid = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String id : officerIds) {
            organization.officer(id).ifPresent(o -> (o.mayActOn(day) ? valid : invalid).add(o.name()));
        }
        if (valid.size() < 2) {
            throw ProblemException.conflict("officers-required", "cases.gate.officers-required", day.toString(),
                    invalid.isEmpty() ? "-" : String.join(", ", invalid));
        }
    }

    /**
     * How a penalty decision departs from the discretion standard's recommendation for the circumstances it records
     * (行政处罚法第三十四条; LAW.md §7); empty when it does not, or when no module checks it. The legal review counts a
     * departure as a reason the decision must be reviewed first.
     */
    public Optional<String> discretionDeviation(CaseFile c, Steps.Decision decision) {
        if (decision == null || decision.type() != DecisionType.PENALTY) {
            return Optional.empty();
        }
        return deviation(c, decision.circumstances(), decision.penalties());
    }

    private Optional<String> deviation(CaseFile c, List<String> circumstances, List<Penalty> penalties) {
        List<String> codes = circumstances == null ? List.of()
                : circumstances.stream().filter(x -> !blank(x)).map(String::strip).distinct().toList();
        for (DiscretionCheck check : discretion.orderedStream().toList()) {
            Optional<String> found = check.deviation(c, codes, penalties);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * A decision outside the range the discretion standard recommends for its circumstances states why (行政处罚法
     * 第三十四条, 国办发〔2022〕27号 on departures from the standard): a 400 on {@code field} naming the departure.
     */
    private void requireReasonForDeviation(CaseFile c, String field, List<String> circumstances,
            List<Penalty> penalties, String note) {
        if (note != null && !note.isBlank()) {
            return;
        }
        Optional<String> departure = deviation(c, circumstances, penalties);
        if (departure.isPresent()) {
            throw ProblemException.invalid(field, "cases.validation.discretion-note-required", departure.get());
        }
    }

    /**
     * Kinds the matter's statute provides and a fine inside its bounds (LAW.md §2). A notice may propose less
     * than the minimum ({@code belowAllowed}); the decision then states the mitigating circumstances (Art. 32).
     */
    private void checkAgainstStatute(CaseFile c, Matter matter, List<Penalty> penalties, String mitigation,
            boolean belowAllowed) {
        for (Penalty p : penalties) {
            if (!matter.penaltyKinds().contains(p.kind())) {
                throw ProblemException.conflict("penalty-kind-not-allowed", "cases.gate.penalty-kind-not-allowed",
                        p.kind().name(), matter.code());
            }
        }
        BigDecimal fine = PenaltyRules.total(penalties, PenaltyKind.FINE);
        if (fine.signum() > 0) {
            PenaltyRules.FineCheck check = PenaltyRules.checkFine(matter, fine, c.illegalIncome(), c.illegalTurnover());
            switch (check.outcome()) {
                case NO_BASIS -> throw ProblemException.conflict("fine-basis-missing", "cases.gate.fine-basis-missing",
                        matter.code());
                case ABOVE -> throw ProblemException.conflict("fine-outside-statute", "cases.gate.fine-above-statute",
                        fine.toPlainString(), check.max().toPlainString());
                case BELOW -> {
                    if (!belowAllowed && (mitigation == null || mitigation.isBlank())) {
                        throw ProblemException.conflict("fine-outside-statute", "cases.gate.fine-below-statute",
                                fine.toPlainString(), check.min().toPlainString());
                    }
                }
                case WITHIN -> {
                }
            }
        }
    }

    private CaseStep append(Caller caller, CaseFile c, String kind, CaseStage stage, LocalDate on, Object data) {
        return recordStep(caller.username(), c, kind, stage, on, data);
    }

    private CaseDocument issue(CaseFile c, String kind, String number, String stepId, LocalDate on,
            OffsetDateTime now) {
        CaseDocument d = new CaseDocument(Ids.newId(), c.id(), kind, number,
                messages.getMessage("cases.document." + kind, null, kind, java.util.Locale.SIMPLIFIED_CHINESE), stepId,
                on);
        repository.insertDocument(d, c.stage(), now);
        return d;
    }

    /** 湖民罚〔2026〕3号: the agency's short name, the kind's word, the year in 六角括号, the running number. */
    private String number(Agency agency, String kind, int year) {
        int n = repository.nextNumber(agency.id(), kind, year);
        String word = messages.getMessage("cases.number." + kind, null, kind, java.util.Locale.SIMPLIFIED_CHINESE);
        return agency.shortName() + word + "\u3014" + year + "\u3015" + n + messages.getMessage("cases.number.suffix",
                null, "", java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private Agency agency(CaseFile c) {
        return organization.agency(c.agencyId()).orElseThrow();
    }

    Matter matter(CaseFile c) {
        return catalogue.matterOfAgency(c.agencyId(), c.matterCode())
                .orElseThrow(() -> ProblemException.conflict("matter-gone", "cases.gate.matter-gone", c.matterCode()));
    }

    private static PartyType partyType(CaseFile c) {
        return c.party().map(Party::type).orElse(PartyType.NATURAL_PERSON);
    }

    private static void requireRole(Caller caller, Role... roles) {
        for (Role r : roles) {
            if (caller.has(r)) {
                return;
            }
        }
        throw ProblemException.forbidden("cases.problem.officers-only");
    }

    private List<Party> parties(List<FieldProblem> problems, List<Drafts.PartyDraft> drafts) {
        List<Party> parties = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            problems.add(FieldProblem.of("parties", "cases.validation.party-required"));
            return parties;
        }
        for (int i = 0; i < drafts.size(); i++) {
            Drafts.PartyDraft p = drafts.get(i);
            String f = "parties[" + i + "].";
            if (p == null) {
                problems.add(FieldProblem.of("parties[" + i + "]", "validation.required"));
                continue;
            }
            int before = problems.size();
            if (p.role() == null) {
                problems.add(FieldProblem.of(f + "role", "validation.required"));
            }
            if (p.type() == null) {
                problems.add(FieldProblem.of(f + "type", "validation.required"));
            }
            text(problems, f + "name", p.name(), 100, true);
            if (!blank(p.idNumber()) && !ResidentIdNumber.isValid(p.idNumber().strip())) {
                problems.add(FieldProblem.of(f + "idNumber", "validation.id-number"));
            }
            if (!blank(p.creditCode()) && !CreditCode.isValid(p.creditCode().strip())) {
                problems.add(FieldProblem.of(f + "creditCode", "validation.credit-code"));
            }
            if (!blank(p.phone()) && !PhoneNumber.isValid(p.phone().strip())) {
                problems.add(FieldProblem.of(f + "phone", "validation.phone"));
            }
            if (p.type() == PartyType.LEGAL_PERSON && p.role() == PartyRole.PARTY && blank(p.creditCode())) {
                problems.add(FieldProblem.of(f + "creditCode", "cases.validation.credit-code-required"));
            }
            text(problems, f + "legalRepresentative", p.legalRepresentative(), 50, false);
            text(problems, f + "address", p.address(), 200, false);
            text(problems, f + "bankAccount", p.bankAccount(), 40, false);
            if (p.birthDate() != null && p.birthDate().isAfter(LocalDate.now(clock))) {
                problems.add(FieldProblem.of(f + "birthDate", "cases.validation.future"));
            }
            if (problems.size() == before) {
                LocalDate birth = p.birthDate();
                if (birth == null && !blank(p.idNumber())) {
                    birth = ResidentIdNumber.birthDate(p.idNumber().strip());
                }
                parties.add(new Party(p.role(), p.type(), p.name().strip(), strip(p.idNumber()), strip(p.creditCode()),
                        strip(p.legalRepresentative()), birth, strip(p.phone()), strip(p.address()),
                        strip(p.bankAccount())));
            }
        }
        if (drafts.stream().noneMatch(p -> p != null && p.role() == PartyRole.PARTY)) {
            problems.add(FieldProblem.of("parties", "cases.validation.party-required"));
        }
        return parties;
    }

    private static List<Penalty> penalties(List<FieldProblem> problems, String field, List<Drafts.PenaltyDraft> drafts,
            boolean required) {
        List<Penalty> penalties = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            if (required) {
                problems.add(FieldProblem.of(field, "cases.validation.penalties-required"));
            }
            return penalties;
        }
        Set<PenaltyKind> seen = EnumSet.noneOf(PenaltyKind.class);
        for (int i = 0; i < drafts.size(); i++) {
            Drafts.PenaltyDraft p = drafts.get(i);
            String f = field + "[" + i + "]";
            if (p == null || p.kind() == null) {
                problems.add(FieldProblem.of(f + ".kind", "validation.required"));
                continue;
            }
            if (!seen.add(p.kind())) {
                problems.add(FieldProblem.of(f + ".kind", "cases.validation.penalty-twice", p.kind().name()));
            }
            boolean needsAmount = p.kind() == PenaltyKind.FINE || p.kind() == PenaltyKind.CONFISCATION;
            if (needsAmount && (p.amount() == null || p.amount().signum() <= 0
                    || p.amount().stripTrailingZeros().scale() > 2 || p.amount().compareTo(new BigDecimal("1e11")) > 0)) {
                problems.add(FieldProblem.of(f + ".amount", "cases.validation.amount"));
                continue;
            }
            if (!needsAmount && p.amount() != null) {
                problems.add(FieldProblem.of(f + ".amount", "cases.validation.no-amount"));
                continue;
            }
            penalties.add(new Penalty(p.kind(), needsAmount ? PenaltyRules.money(p.amount()) : null));
        }
        return penalties;
    }

    private void date(List<FieldProblem> problems, String field, LocalDate value, LocalDate notBefore) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (value.isAfter(LocalDate.now(clock))) {
            problems.add(FieldProblem.of(field, "cases.validation.future"));
        } else if (notBefore != null && value.isBefore(notBefore)) {
            problems.add(FieldProblem.of(field, "cases.validation.not-before", notBefore.toString()));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "validation.too-long", max));
        }
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(new BigDecimal("1e12")) > 0)) {
            problems.add(FieldProblem.of(field, "cases.validation.amount"));
        }
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : PenaltyRules.money(v);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(f).toList();
    }
}
