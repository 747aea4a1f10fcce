package org.mingjing.publicity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.publicity.Masking;
import org.mingjing.publicity.Publication;
import org.mingjing.publicity.PublicationSetting;
import org.mingjing.publicity.PublicationStatus;
import org.mingjing.publicity.Publications;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.web.FormFields;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff side of the Publicity section of the API contract (API.md): a case's publications, the side-by-side
 * preview, release, withdrawal and correction; and beyond it the hand marks, a reported change of the decision,
 * revisions and the agency's settings.
 */
@RestController
class PublicationsApi {

    private final Publications publications;
    private final java.time.Clock clock;

    PublicationsApi(Publications publications, java.time.Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    /** A publication as staff see it: its state, deadlines and who entered, reviewed and released it. */
    record PublicationView(String id, String caseId, String documentId, String status, LocalDate dueBy, String reason,
            String reasonCode, String title, String number, String partyName, String agencyId, String agencyName,
            String actType, String decisionType, LocalDate decidedOn, LocalDate publishedOn, LocalDate expiresOn,
            LocalDate withdrawnOn, int revision, String enteredBy, String reviewedBy, String releasedBy,
            boolean overdue, Change change, String maskedText, Publications.Responsible names, String alert) {

        record Change(String kind, String cause, LocalDate reportedOn, LocalDate dueBy, boolean overdue) {
        }

        static PublicationView of(Publication p, Publications.Responsible names, String alert, LocalDate today) {
            Change change = p.changeKind() == null ? null
                    : new Change(p.changeKind().name(), p.changeCause(), p.changeReportedOn(), p.changeDueBy(),
                            p.changeOverdue(today));
            return new PublicationView(p.id(), p.caseId(), p.documentId(), p.status().name(), p.dueBy(), p.reason(),
                    p.reasonCode(), p.title(), p.number(), p.partyName(), p.agencyId(), p.agencyName(), p.actType(),
                    p.decisionType(), p.decidedOn(), p.publishedOn(), p.expiresOn(), p.withdrawnOn(), p.revision(),
                    p.enteredBy(), p.reviewedBy(), p.releasedBy(), p.overdue(today), change, p.maskedText(), names, alert);
        }
    }

    private PublicationView view(Publication p) {
        return PublicationView.of(p, publications.responsible(p), publications.openAlert(p).orElse(null),
                LocalDate.now(clock));
    }

    /**
     * With {@code caseId}: the case's publications, as the contract's list. Without: the publications within the
     * caller's reach, paged, optionally of one status.
     */
    @GetMapping("/api/publications")
    Object list(@RequestParam(required = false) String caseId, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size) {
        Caller caller = Caller.require();
        if (caseId != null) {
            return publications.forCase(caller, caseId).stream().map(this::view).toList();
        }
        List<FieldProblem> problems = new ArrayList<>();
        PublicationStatus s = FormFields.blank(status) ? null
                : FormFields.choice("status", status, PublicationStatus.class, problems);
        Integer p = FormFields.integer("page", page, problems);
        Integer n = FormFields.integer("size", size, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Paged<Publication> found = publications.search(caller, s, p, n);
        return new Paged<>(found.items().stream().map(this::view).toList(), found.total());
    }

    @GetMapping("/api/publications/{id}")
    PublicationView one(@PathVariable String id) {
        return view(publications.requireVisible(Caller.require(), id));
    }

    record FindingView(String type, String text, int start, int end) {
    }

    record PreviewView(String id, String status, String original, String masked, List<FindingView> findings,
            List<String> marks, boolean mayRelease, String whyNot) {
    }

    /** The original beside the masked text with every finding (staff only; API.md). */
    @GetMapping("/api/publications/{id}/preview")
    PreviewView preview(@PathVariable String id) {
        Caller caller = Caller.require();
        Publications.Preview preview = publications.preview(caller, id);
        Masking.Result r = preview.result();
        Publication p = preview.publication();
        boolean pending = p.status() == PublicationStatus.PENDING;
        return new PreviewView(p.id(), p.status().name(), r.original(), pending ? r.masked() : p.maskedText(),
                r.findings().stream().map(f -> new FindingView(f.type().name(), f.text(), f.start(), f.end()))
                        .toList(),
                p.manualMarks(), publications.whyNotRelease(caller, p).isEmpty(),
                publications.whyNotRelease(caller, p).orElse(null));
    }

    record MarksDraft(List<String> marks) {
    }

    /** Sets the hand marks (texts to hide) before release. */
    @PutMapping("/api/publications/{id}/marks")
    PublicationView marks(@PathVariable String id, @RequestBody MarksDraft d) {
        return view(publications.mark(Caller.require(), id, d == null ? null : d.marks()));
    }

    /** Releases the publication (the head or a designated releaser, not who entered the decision). */
    @PostMapping("/api/publications/{id}/publish")
    PublicationView publish(@PathVariable String id, @RequestBody(required = false) MarksDraft d) {
        return view(publications.publish(Caller.require(), id, d == null ? null : d.marks()));
    }

    record WithdrawalDraft(String reason) {
    }

    @PostMapping("/api/publications/{id}/withdraw")
    PublicationView withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawalDraft d) {
        return view(publications.withdraw(Caller.require(), id, d == null ? null : d.reason()));
    }

    record CorrectionDraft(String reason, String text) {
    }

    @PostMapping("/api/publications/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    PublicationView correct(@PathVariable String id, @RequestBody(required = false) CorrectionDraft d) {
        return view(publications.correct(Caller.require(), id, d == null ? null : d.reason(),
                d == null ? null : d.text()));
    }

    /** Reports a change of the decision (WITHDRAW or CORRECT, since {@code on}), starting the deadline to follow it. */
    @PostMapping("/api/publications/{id}/changes")
    PublicationView change(@PathVariable String id, @RequestBody(required = false) Publications.ChangeDraft d) {
        return view(publications.reportChange(Caller.require(), id, d));
    }

    record RevisionView(int revision, String maskedText, String note, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Every text the public saw of it, the first release included (staff: masked texts and notes). */
    @GetMapping("/api/publications/{id}/revisions")
    List<RevisionView> revisions(@PathVariable String id) {
        return publications.revisions(Caller.require(), id).stream()
                .map(r -> new RevisionView(r.revision(), r.maskedText(), r.note(), r.recordedBy(), r.recordedAt()))
                .toList();
    }

    record SettingView(String agencyId, String actType, Boolean published, List<String> excludedPenaltyKinds,
            Integer retentionMonths, Integer smallRetentionMonths, BigDecimal smallFineLimit,
            List<String> releaserOfficerIds) {

        static SettingView of(PublicationSetting s) {
            return new SettingView(s.agencyId(), s.actType(), s.published(), s.excludedPenaltyKinds(),
                    s.retentionMonths(), s.smallRetentionMonths(), s.smallFineLimit(), s.releaserOfficerIds());
        }
    }

    @GetMapping("/api/agencies/{id}/publication-settings/{actType}")
    SettingView setting(@PathVariable String id, @PathVariable String actType) {
        return SettingView.of(publications.visibleSetting(Caller.require(), id, actType));
    }

    /** Sets the agency's publication rule for an act type (its head). Omitted fields keep their value. */
    @PutMapping("/api/agencies/{id}/publication-settings/{actType}")
    SettingView saveSetting(@PathVariable String id, @PathVariable String actType,
            @RequestBody(required = false) SettingView d) {
        Caller caller = Caller.require();
        PublicationSetting now = publications.visibleSetting(caller, id, actType);
        SettingView in = d == null ? SettingView.of(now) : d;
        return SettingView.of(publications.saveSetting(caller, new PublicationSetting(id, actType,
                in.published() == null ? now.published() : in.published(),
                in.excludedPenaltyKinds() == null ? now.excludedPenaltyKinds() : in.excludedPenaltyKinds(),
                in.retentionMonths() == null ? now.retentionMonths() : in.retentionMonths(),
                in.smallRetentionMonths() == null ? now.smallRetentionMonths() : in.smallRetentionMonths(),
                in.smallFineLimit() == null ? now.smallFineLimit() : in.smallFineLimit(),
                in.releaserOfficerIds() == null ? now.releaserOfficerIds() : in.releaserOfficerIds())));
    }
}
