package org.mingjing.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Drafts;
import org.mingjing.cases.Retrievals;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/** The Cases section of the API contract: a penalty case from filing to archive. */
@RestController
class CasesApi {

    private final Cases cases;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final Retrievals retrievals;
    private final JsonMapper json = JsonMapper.builder().build();

    CasesApi(Cases cases, Organization organization, MessageSource messages, Clock clock, Retrievals retrievals) {
        this.cases = cases;
        this.retrievals = retrievals;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    record Filed(String id, String number, String stage, List<CaseView.DeadlineView> deadlines) {
    }

    @PostMapping("/api/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Filed file(@RequestBody Drafts.Filing filing) {
        CaseFile c = cases.file(Caller.require(), filing);
        CaseView v = view(c);
        return new Filed(v.id(), v.number(), v.stage(), v.deadlines());
    }

    /** The case, logged as a retrieval; a {@code reason} is optional here but kept when given (seed §二(二)5). */
    @GetMapping("/api/cases/{id}")
    CaseView get(@PathVariable String id, @RequestParam(required = false) String reason) {
        Caller caller = Caller.require();
        CaseFile c = cases.requireVisible(caller, id);
        retrievals.record(caller, c, Retrievals.SubjectKind.CASE, c.id(), reason, null);
        return view(c);
    }

    record CaseSummary(String id, String number, String matterCode, String matterName, String partyName,
            String stage, String stageName, LocalDate filedOn, LocalDate decidedOn) {
    }

    @GetMapping("/api/cases")
    Paged<CaseSummary> search(@RequestParam(required = false) String stage, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        CaseStage s = null;
        if (stage != null && !stage.isBlank()) {
            try {
                s = CaseStage.valueOf(stage.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("stage", "cases.validation.stage", stage);
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        return cases.search(Caller.require(), s, q, mine, page, size).map(c -> new CaseSummary(c.id(), c.number(),
                c.matterCode(), c.matterName(), c.party().map(p -> p.name()).orElse(null), c.stage().name(),
                messages.getMessage(c.stage().messageKey(), null, locale), c.filedOn(), c.decidedOn()));
    }

    record Created(String id) {
    }

    @PostMapping("/api/cases/{id}/records")
    @ResponseStatus(HttpStatus.CREATED)
    Created record(@PathVariable String id, @RequestBody Drafts.RecordDraft d) {
        return new Created(cases.addRecord(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/notice")
    @ResponseStatus(HttpStatus.CREATED)
    Created notice(@PathVariable String id, @RequestBody Drafts.NoticeDraft d) {
        return new Created(cases.notice(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/statements")
    @ResponseStatus(HttpStatus.CREATED)
    Created statement(@PathVariable String id, @RequestBody Drafts.StatementDraft d) {
        return new Created(cases.statement(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/hearings")
    @ResponseStatus(HttpStatus.CREATED)
    Created hearing(@PathVariable String id, @RequestBody Drafts.HearingDraft d) {
        return new Created(cases.hearing(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/deliberations")
    @ResponseStatus(HttpStatus.CREATED)
    Created deliberation(@PathVariable String id, @RequestBody Drafts.DeliberationDraft d) {
        return new Created(cases.deliberation(Caller.require(), id, d).id());
    }

    record Decided(String documentId, String number) {
    }

    @PostMapping("/api/cases/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    Decided decide(@PathVariable String id, @RequestBody Drafts.DecisionDraft d) {
        CaseDocument document = cases.decide(Caller.require(), id, d);
        return new Decided(document.id(), document.number());
    }

    @PostMapping("/api/cases/{id}/service")
    @ResponseStatus(HttpStatus.CREATED)
    Created serve(@PathVariable String id, @RequestBody Drafts.ServiceDraft d) {
        return new Created(cases.serve(Caller.require(), id, d).id());
    }

    record Paid(String id, Cases.Account account) {
    }

    @PostMapping("/api/cases/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    Paid pay(@PathVariable String id, @RequestBody Drafts.PaymentDraft d) {
        Caller caller = Caller.require();
        CaseStep step = cases.pay(caller, id, d);
        CaseFile c = cases.requireVisible(caller, id);
        return new Paid(step.id(), cases.account(c, cases.steps(c), d.paidOn()));
    }

    @PostMapping("/api/cases/{id}/remedies")
    @ResponseStatus(HttpStatus.CREATED)
    Created remedy(@PathVariable String id, @RequestBody Drafts.RemedyDraft d) {
        return new Created(cases.remedy(Caller.require(), id, d).id());
    }

    /** How a remedy ended: {@code {outcome, concludedOn}}; once per remedy. */
    @PostMapping("/api/cases/{id}/remedies/{stepId}/outcome")
    @ResponseStatus(HttpStatus.CREATED)
    Created concludeRemedy(@PathVariable String id, @PathVariable String stepId,
            @RequestBody Drafts.RemedyOutcomeDraft d) {
        return new Created(cases.concludeRemedy(Caller.require(), id, stepId, d).id());
    }

    @PostMapping("/api/cases/{id}/recusals")
    @ResponseStatus(HttpStatus.CREATED)
    Created recuse(@PathVariable String id, @RequestBody Drafts.RecusalDraft d) {
        return new Created(cases.recuse(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/preservations")
    @ResponseStatus(HttpStatus.CREATED)
    Created preserve(@PathVariable String id, @RequestBody Drafts.PreservationDraft d) {
        return new Created(cases.preserve(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/preservations/disposal")
    @ResponseStatus(HttpStatus.CREATED)
    Created dispose(@PathVariable String id, @RequestBody Drafts.DisposalDraft d) {
        return new Created(cases.dispose(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/payment-arrangements")
    @ResponseStatus(HttpStatus.CREATED)
    Created arrange(@PathVariable String id, @RequestBody Drafts.ArrangementDraft d) {
        return new Created(cases.arrangePayment(Caller.require(), id, d).id());
    }

    @PostMapping("/api/cases/{id}/close")
    CaseView close(@PathVariable String id) {
        return view(cases.close(Caller.require(), id));
    }

    @PostMapping("/api/cases/{id}/archive")
    CaseView archive(@PathVariable String id) {
        return view(cases.archive(Caller.require(), id));
    }

    record DocumentView(String id, String kind, String number, String title, LocalDate issuedOn) {
    }

    @GetMapping("/api/cases/{id}/documents")
    List<DocumentView> documents(@PathVariable String id) {
        CaseFile c = cases.requireVisible(Caller.require(), id);
        return cases.documents(c).stream()
                .map(d -> new DocumentView(d.id(), d.kind(), d.number(), d.title(), d.issuedOn())).toList();
    }

    CaseView view(CaseFile c) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        List<CaseStep> steps = cases.steps(c);
        String agencyName = organization.agency(c.agencyId()).map(Agency::name).orElse(null);
        List<CaseView.OfficerView> officers = c.officerIds().stream().map(organization::officer)
                .flatMap(java.util.Optional::stream)
                .map(o -> new CaseView.OfficerView(o.id(), o.name(), o.certificateNumber(), o.certificateValidUntil()))
                .toList();
        List<CaseView.DeadlineView> deadlines = cases.deadlines(c).stream()
                .map(d -> new CaseView.DeadlineView(d.code(),
                        messages.getMessage("calendar.rule." + d.code() + ".name", null, d.code(), locale), d.due(),
                        d.satisfiedOn(), d.open() && d.due().isBefore(today)))
                .toList();
        List<CaseView.StepView> stepViews = steps.stream().map(s -> new CaseView.StepView(s.id(), s.seq(), s.kind(),
                s.stage().name(), s.occurredOn(), s.recordedBy(), json.readTree(s.data()))).toList();
        return new CaseView(c.id(), c.number(), c.agencyId(), agencyName, c.matterCode(), c.matterName(),
                c.actType().name(), c.procedure().name(), c.source().name(), c.facts(), c.occurredOn(), c.filedOn(),
                c.place(), c.illegalIncome(), c.illegalTurnover(), c.stage().name(),
                messages.getMessage(c.stage().messageKey(), null, locale), c.decidedOn(),
                c.decisionType() == null ? null : c.decisionType().name(), c.fineAmount(), c.closedOn(),
                c.archivedOn(), c.evaluationScore(), c.parties(), officers, deadlines, stepViews,
                c.fineAmount() == null ? null : cases.account(c, steps, today), c.version());
    }

}
