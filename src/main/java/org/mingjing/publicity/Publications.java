package org.mingjing.publicity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Steps;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.publicity.Publication.ChangeKind;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * After-the-act publicity of enforcement decisions (事后公开; seed §二(一)4, 5; 行政处罚法第四十八条; LAW.md §1, §4).
 *
 * <ul>
 * <li>Every decision document creates a publication, due 7 working days after a 行政处罚 or 行政许可 decision and 20
 * after others (seed §二(一)4), counted on the statutory calendar.</li>
 * <li>Its text is made from the case and masked before anyone outside sees it (脱密脱敏): the case's known private
 * values, then the patterns, then the releasing officer's marks ({@link Masking}).</li>
 * <li>A decision about a minor is blocked and cannot be released by anyone (LAW.md §4).</li>
 * <li>The officer who entered the decision cannot release it (谁执法谁公示, 谁录入谁负责, seed §二(一)1): the head or a
 * designated releaser sees the original and the masked text side by side and releases it.</li>
 * <li>A reported change of the decision must be followed: withdrawn with a public reason within 3 working days for
 * a penalty decision (行政处罚法第四十八条、第八十五条), 20 for others (seed §二(一)5(2)); corrected within 20
 * (seed §二(一)5(3)), the previous text kept.</li>
 * <li>A publication expires after its retention period (LAW.md §4), set per agency and act type.</li>
 * </ul>
 *
 * Every act is a step of the case (so in the full-process record) and, when the public side changes, a message to
 * the province's platform (seed §二(一)7) in the same transaction.
 */
@Service
public class Publications {

    private static final JsonMapper FINDINGS = JsonMapper.builder().build();
    static final int MAX_MARKS = 100;
    static final int MAX_REASON = 500;
    static final int MAX_TEXT = 20000;

    private final PublicationRepository repository;
    private final PublicationText texts;
    private final PushOutbox outbox;
    private final Cases cases;
    private final Organization organization;
    private final StatutoryCalendar calendar;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final org.mingjing.organization.OfficerAccounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Publications(PublicationRepository repository, PublicationText texts, PushOutbox outbox, Cases cases,
            Organization organization, StatutoryCalendar calendar, MessageSource messages,
            ApplicationEventPublisher events, org.mingjing.organization.OfficerAccounts accounts,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.accounts = accounts;
        this.repository = repository;
        this.texts = texts;
        this.outbox = outbox;
        this.cases = cases;
        this.organization = organization;
        this.calendar = calendar;
        this.messages = messages;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The side-by-side view of a publication's text (API.md: preview). */
    public record Preview(Publication publication, Masking.Result result) {
    }

    public record ChangeDraft(ChangeKind kind, LocalDate on, String cause) {
    }

    // ---------------------------------------------------------------- creating

    /**
     * Creates the publication of a decision document, once: a second call for the same document returns the first.
     * Blocked when the decision is about a minor, or when the agency does not publish its act type or penalties.
     */
    @Transactional
    public Optional<Publication> createFor(String caseId, String documentId) {
        return create(caseId, documentId);
    }

    private Optional<Publication> create(String caseId, String documentId) {
        CaseFile c = cases.lockForRecord(caseId);
        Optional<Publication> existing = repository.byDocument(documentId);
        if (existing.isPresent()) {
            return existing;
        }
        Optional<CaseDocument> document = cases.documents(c).stream().filter(d -> d.id().equals(documentId))
                .findFirst();
        List<CaseStep> steps = cases.steps(c);
        Optional<Steps.Decision> decision = cases.lastOf(steps, Steps.DECISION, Steps.Decision.class);
        if (document.isEmpty() || decision.isEmpty()) {
            return Optional.empty();
        }
        Steps.Decision d = decision.get();
        // Who entered the decision is who recorded its step (谁录入谁负责): not the one who may release it.
        String actor = steps.stream().filter(x -> Steps.DECISION.equals(x.kind())).reduce((a, b) -> b)
                .map(CaseStep::recordedBy).orElse("system");
        Agency agency = organization.agency(c.agencyId()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String original = texts.original(c, agency, d, document.get().number());
        Masking.Result masked = Masking.mask(original, PublicationText.known(c), List.of());
        PublicationSetting setting = setting(c.agencyId(), c.actType().name());
        PublicationStatus status = PublicationStatus.PENDING;
        String reasonCode = null;
        if (PublicationText.aboutMinor(c, d.decidedOn())) {
            status = PublicationStatus.BLOCKED;
            reasonCode = "MINOR";
        } else if (!published(setting, d)) {
            status = PublicationStatus.BLOCKED;
            reasonCode = "NOT_PUBLISHED_BY_SETTING";
        }
        Publication p = new Publication(Ids.newId(), c.id(), documentId, c.agencyId(), agency.name(),
                c.actType().name(), d.type().name(),
                d.penalties().stream().map(x -> x.kind().name()).distinct().collect(Collectors.joining(",")), status,
                reasonCode == null ? null : message("publicity.blocked." + reasonCode), reasonCode, d.decidedOn(),
                calendar.deadline(d.decidedOn(), releaseRule(c.actType())).deadline(),
                texts.title(c, document.get().title()), PublicationText.partyName(c), document.get().number(),
                original, masked.masked(), findingsJson(masked), List.of(), 0, actor, null, null, null, null, null,
                null, null, null, null, null, now, 0);
        repository.insert(p);
        record("system", c, p, PublicationSteps.CREATED, LocalDate.now(clock), step(p, "status", status.name(),
                "reasonCode", reasonCode, "dueBy", p.dueBy().toString()));
        return Optional.of(p);
    }

    /** 7 working days after a 行政处罚 or 行政许可 decision, 20 after any other (seed §二(一)4). */
    static PeriodRule releaseRule(MatterCategory actType) {
        return switch (actType) {
            case ADMINISTRATIVE_PENALTY -> PeriodRule.PUBLISH_PENALTY_DECISION;
            case ADMINISTRATIVE_LICENSING -> PeriodRule.PUBLISH_LICENSING_DECISION;
            default -> PeriodRule.PUBLISH_ENFORCEMENT_DECISION;
        };
    }

    /**
     * A withdrawal within 3 working days for a penalty decision (行政处罚法第四十八条、第八十五条, stricter than the
     * seed's 20), 20 for others (seed §二(一)5(2)); a correction within 20 (seed §二(一)5(3)).
     */
    static PeriodRule changeRule(String actType, ChangeKind kind) {
        if (kind == ChangeKind.CORRECT) {
            return PeriodRule.CORRECT_PUBLICATION;
        }
        return MatterCategory.ADMINISTRATIVE_PENALTY.name().equals(actType) ? PeriodRule.WITHDRAW_PENALTY_PUBLICATION
                : PeriodRule.WITHDRAW_PUBLICATION;
    }

    private static boolean published(PublicationSetting s, Steps.Decision d) {
        if (!s.published()) {
            return false;
        }
        if (d.penalties().isEmpty() || s.excludedPenaltyKinds().isEmpty()) {
            return true;
        }
        return d.penalties().stream().anyMatch(p -> !s.excludedPenaltyKinds().contains(p.kind().name()));
    }

    // ---------------------------------------------------------------- reading

    /**
     * The publications of a case the caller may see. A decided case whose publication is not there yet (the event
     * that creates it is handled after the decision's commit) gets it now, so the list is never behind the case.
     */
    public List<Publication> forCase(Caller caller, String caseId) {
        CaseFile c = cases.requireVisible(caller, caseId);
        List<Publication> found = repository.ofCase(c.id());
        if (c.decidedOn() != null) {
            for (CaseDocument d : cases.documents(c)) {
                if (isDecision(d) && found.stream().noneMatch(p -> p.documentId().equals(d.id()))) {
                    transactions.executeWithoutResult(status -> create(c.id(), d.id()));
                    found = repository.ofCase(c.id());
                }
            }
        }
        return found;
    }

    static boolean isDecision(CaseDocument d) {
        return "PENALTY_DECISION".equals(d.kind()) || "OTHER_DECISION".equals(d.kind());
    }

    /** The publications within the caller's reach, soonest due first. */
    public Paged<Publication> search(Caller caller, PublicationStatus status, int page, int size) {
        requireStaff(caller);
        Paged.checkBounds(page, size);
        Set<String> scope = organization.visibleAgencyIds(caller);
        return new Paged<>(repository.search(scope, status, page, size), repository.count(scope, status));
    }

    public Publication requireVisible(Caller caller, String id) {
        Publication p = (id == null ? Optional.<Publication>empty() : repository.byId(id))
                .orElseThrow(() -> ProblemException.notFound("publicity.problem.not-found"));
        try {
            cases.requireVisible(caller, p.caseId());
        } catch (ProblemException e) {
            if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND) {
                throw ProblemException.notFound("publicity.problem.not-found");
            }
            throw e;
        }
        return p;
    }

    /**
     * The original text beside the masked one with every finding, masked again now with the case's current data and
     * the marks so far (what a release would publish).
     */
    public Preview preview(Caller caller, String id) {
        Publication p = requireVisible(caller, id);
        CaseFile c = cases.byIdOfChecked(p.caseId());
        return new Preview(p, Masking.mask(p.originalText(), PublicationText.known(c), p.manualMarks()));
    }

    public List<PublicationRevision> revisions(Caller caller, String id) {
        return repository.revisions(requireVisible(caller, id).id());
    }

    /** Who entered, reviewed and released it, by name (LAW.md §4: 谁录入谁负责), or as recorded when not an account. */
    public record Responsible(String enteredBy, String reviewedBy, String releasedBy) {
    }

    public Responsible responsible(Publication p) {
        List<String> names = new ArrayList<>();
        for (String u : new String[] { p.enteredBy(), p.reviewedBy(), p.releasedBy() }) {
            if (u != null) {
                names.add(u);
            }
        }
        java.util.Map<String, String> display = accounts.displayNamesOf(names);
        return new Responsible(name(display, p.enteredBy()), name(display, p.reviewedBy()),
                name(display, p.releasedBy()));
    }

    private static String name(java.util.Map<String, String> display, String username) {
        return username == null ? null : display.getOrDefault(username, username);
    }

    /** The finding types of the re-scan's open alert on it (e.g. {@code PHONE,ID_NUMBER}), if there is one. */
    public Optional<String> openAlert(Publication p) {
        return repository.openAlert(p.id());
    }

    /** Whether the caller may release the publication: the agency's head, or an officer it designated. */
    public boolean mayRelease(Caller caller, Publication p) {
        if (!caller.agencyId().equals(p.agencyId())) {
            return false;
        }
        if (caller.has(Role.HEAD)) {
            return true;
        }
        return caller.officerId().map(setting(p.agencyId(), p.actType()).releaserOfficerIds()::contains)
                .orElse(false);
    }

    /** Why the caller may not release now, as a message key, or empty when it may. */
    public Optional<String> whyNotRelease(Caller caller, Publication p) {
        if (p.status() == PublicationStatus.BLOCKED) {
            return Optional.of("publicity.gate.blocked");
        }
        if (p.status() != PublicationStatus.PENDING) {
            return Optional.of("publicity.gate.not-pending");
        }
        if (!mayRelease(caller, p)) {
            return Optional.of("publicity.problem.not-releaser");
        }
        if (caller.username().equals(p.enteredBy())) {
            return Optional.of("publicity.gate.separate-releaser");
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- acting

    /**
     * Sets the releasing officer's hand marks (LAW.md §4: anything the patterns miss), before release: the case's
     * officers, the head or a releaser. Each mark is a piece of the text to hide.
     */
    @Transactional
    public Publication mark(Caller caller, String id, List<String> marks) {
        Publication p = requireVisible(caller, id);
        CaseFile c = cases.lockForRecord(p.caseId());
        p = reread(p);
        if (!cases.onCase(caller, c) && !mayRelease(caller, p)) {
            throw ProblemException.forbidden("publicity.problem.not-on-case");
        }
        if (p.status() != PublicationStatus.PENDING) {
            throw ProblemException.conflict("publication-not-pending", "publicity.gate.not-pending");
        }
        List<String> clean = marks(marks, p.originalText());
        Masking.Result masked = Masking.mask(p.originalText(), PublicationText.known(c), clean);
        String reviewer = caller.username().equals(p.enteredBy()) ? p.reviewedBy() : caller.username();
        Publication next = with(p, PublicationStatus.PENDING, p.reason(), p.reasonCode(), p.originalText(),
                masked.masked(), findingsJson(masked), clean, p.revision(), reviewer, p.releasedBy(), p.publishedOn(),
                p.publishedAt(), p.expiresOn(), p.changeKind(), p.changeCause(), p.changeReportedOn(),
                p.changeDueBy(), p.withdrawnOn());
        save(p, next, false);
        record(caller.username(), c, next, PublicationSteps.MARKED, LocalDate.now(clock),
                step(next, "marks", String.valueOf(clean.size())));
        return repository.byId(id).orElseThrow();
    }

    /**
     * Releases the publication: masked again with the case's current data and the marks, then public. Refused when
     * blocked (a minor: never), when not pending, when the caller is not the head or a designated releaser (403), or
     * when the caller entered the decision (谁录入谁负责: a second person releases, 409).
     */
    @Transactional
    public Publication publish(Caller caller, String id, List<String> marks) {
        Publication p = requireVisible(caller, id);
        CaseFile c = cases.lockForRecord(p.caseId());
        p = reread(p);
        if (p.status() == PublicationStatus.BLOCKED) {
            throw ProblemException.conflict("publication-blocked", "publicity.gate.blocked-because", p.reason());
        }
        if (p.status() != PublicationStatus.PENDING) {
            throw ProblemException.conflict("publication-not-pending", "publicity.gate.not-pending");
        }
        if (!mayRelease(caller, p)) {
            throw ProblemException.forbidden("publicity.problem.not-releaser");
        }
        if (caller.username().equals(p.enteredBy())) {
            throw ProblemException.conflict("separate-releaser-required", "publicity.gate.separate-releaser");
        }
        List<String> clean = marks == null ? p.manualMarks() : marks(marks, p.originalText());
        Masking.Result masked = Masking.mask(p.originalText(), PublicationText.known(c), clean);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Publication next = with(p, PublicationStatus.PUBLISHED, null, null, p.originalText(), masked.masked(),
                findingsJson(masked), clean, 0, p.reviewedBy() == null ? caller.username() : p.reviewedBy(),
                caller.username(), today, now, today.plusMonths(retentionMonths(p, c)), p.changeKind(),
                p.changeCause(), p.changeReportedOn(), p.changeDueBy(), null);
        save(p, next, true);
        repository.insertRevision(p.id(), 0, next.maskedText(), next.originalText(), null, caller.username(), now);
        record(caller.username(), c, next, PublicationSteps.RELEASED, today,
                step(next, "enteredBy", next.enteredBy(), "reviewedBy", next.reviewedBy(), "releasedBy",
                        next.releasedBy(), "dueBy", next.dueBy().toString(), "onTime",
                        String.valueOf(!today.isAfter(next.dueBy())), "expiresOn", next.expiresOn().toString(),
                        "maskedText", next.maskedText(), "originalSha256", sha256(next.originalText()),
                        "findings", String.valueOf(masked.findings().size())));
        push(next, "PUBLISHED", 0, null);
        return repository.byId(id).orElseThrow();
    }

    /**
     * Reports a change of the decision the publication must follow (revoked, changed, found unlawful; or found
     * inaccurate), starting its deadline: 3 working days to withdraw a penalty decision, 20 otherwise.
     */
    @Transactional
    public Publication reportChange(Caller caller, String id, ChangeDraft d) {
        Publication p = requireVisible(caller, id);
        CaseFile c = cases.lockForRecord(p.caseId());
        p = reread(p);
        requireActor(caller, c, p);
        List<FieldProblem> problems = new ArrayList<>();
        if (d == null || d.kind() == null) {
            problems.add(FieldProblem.of("kind", "validation.required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (d == null || d.on() == null) {
            problems.add(FieldProblem.of("on", "validation.required"));
        } else if (d.on().isBefore(p.decidedOn()) || d.on().isAfter(today)) {
            problems.add(FieldProblem.of("on", "publicity.validation.change-on", p.decidedOn().toString(),
                    today.toString()));
        }
        String cause = text(problems, "cause", d == null ? null : d.cause(), MAX_REASON);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (p.status() == PublicationStatus.WITHDRAWN || p.status() == PublicationStatus.EXPIRED
                || p.status() == PublicationStatus.BLOCKED
                || d.kind() == ChangeKind.CORRECT && p.status() != PublicationStatus.PUBLISHED) {
            throw ProblemException.conflict("publication-not-public", "publicity.gate.not-public");
        }
        LocalDate due = calendar.deadline(d.on(), changeRule(p.actType(), d.kind())).deadline();
        Publication next = with(p, p.status(), p.reason(), p.reasonCode(), p.originalText(), p.maskedText(),
                p.findings(), p.manualMarks(), p.revision(), p.reviewedBy(), p.releasedBy(), p.publishedOn(),
                p.publishedAt(), p.expiresOn(), d.kind(), cause, d.on(), due, p.withdrawnOn());
        save(p, next, false);
        record(caller.username(), c, next, PublicationSteps.CHANGE_REPORTED, today,
                step(next, "kind", d.kind().name(), "on", d.on().toString(), "cause", cause, "dueBy",
                        due.toString()));
        return repository.byId(id).orElseThrow();
    }

    /**
     * Withdraws the publication with a reason the public reads (行政处罚法第四十八条): the public page then answers 410
     * with it. A pending one may be withdrawn too (the decision changed before release); it never becomes public.
     */
    @Transactional
    public Publication withdraw(Caller caller, String id, String reason) {
        Publication p = requireVisible(caller, id);
        CaseFile c = cases.lockForRecord(p.caseId());
        p = reread(p);
        requireActor(caller, c, p);
        List<FieldProblem> problems = new ArrayList<>();
        String typed = text(problems, "reason", reason, MAX_REASON);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        // The public reads the reason: it is masked as the text is.
        String clean = Masking.mask(typed, PublicationText.known(c), p.manualMarks()).masked();
        if (p.status() != PublicationStatus.PUBLISHED && p.status() != PublicationStatus.PENDING) {
            throw ProblemException.conflict("publication-not-public", "publicity.gate.not-public");
        }
        LocalDate today = LocalDate.now(clock);
        boolean wasPublic = p.status() == PublicationStatus.PUBLISHED;
        Publication next = with(p, PublicationStatus.WITHDRAWN, clean, "WITHDRAWN", p.originalText(),
                p.maskedText(), p.findings(), p.manualMarks(), p.revision(), p.reviewedBy(), p.releasedBy(),
                p.publishedOn(), p.publishedAt(), p.expiresOn(), null, null, null, null, today);
        save(p, next, wasPublic);
        repository.resolveAlerts(p.id(), caller.username(), OffsetDateTime.now(clock));
        record(caller.username(), c, next, PublicationSteps.WITHDRAWN, today,
                step(next, "reason", clean, "changeDueBy", p.changeDueBy() == null ? null : p.changeDueBy().toString(),
                        "onTime", p.changeDueBy() == null ? null : String.valueOf(!today.isAfter(p.changeDueBy()))));
        if (wasPublic) {
            push(next, "WITHDRAWN", next.revision(), clean);
        }
        return repository.byId(id).orElseThrow();
    }

    /**
     * Corrects the published text (seed §二(一)5(3)) with a note the public reads: the new text is masked as a
     * release is, the previous one kept as a revision. By the head or a releaser, who must not be the one who entered
     * the decision.
     */
    @Transactional
    public Publication correct(Caller caller, String id, String reason, String text) {
        Publication p = requireVisible(caller, id);
        CaseFile c = cases.lockForRecord(p.caseId());
        p = reread(p);
        List<FieldProblem> problems = new ArrayList<>();
        String note = text(problems, "reason", reason, MAX_REASON);
        String body = text(problems, "text", text, MAX_TEXT);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (p.status() != PublicationStatus.PUBLISHED) {
            throw ProblemException.conflict("publication-not-public", "publicity.gate.not-public");
        }
        if (!mayRelease(caller, p)) {
            throw ProblemException.forbidden("publicity.problem.not-releaser");
        }
        if (caller.username().equals(p.enteredBy())) {
            throw ProblemException.conflict("separate-releaser-required", "publicity.gate.separate-releaser");
        }
        Masking.Result masked = Masking.mask(body, PublicationText.known(c), p.manualMarks());
        // The public reads the note too.
        note = Masking.mask(note, PublicationText.known(c), p.manualMarks()).masked();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int revision = p.revision() + 1;
        boolean followsChange = p.changeKind() == ChangeKind.CORRECT;
        Publication next = with(p, PublicationStatus.PUBLISHED, note, "CORRECTED", body, masked.masked(),
                findingsJson(masked), p.manualMarks(), revision, p.reviewedBy(), p.releasedBy(), p.publishedOn(),
                p.publishedAt(), p.expiresOn(), followsChange ? null : p.changeKind(),
                followsChange ? null : p.changeCause(), followsChange ? null : p.changeReportedOn(),
                followsChange ? null : p.changeDueBy(), null);
        save(p, next, true);
        repository.insertRevision(p.id(), revision, next.maskedText(), body, note, caller.username(), now);
        repository.resolveAlerts(p.id(), caller.username(), now);
        record(caller.username(), c, next, PublicationSteps.CORRECTED, today,
                step(next, "revision", String.valueOf(revision), "note", note, "maskedText", next.maskedText(),
                        "originalSha256", sha256(body), "findings", String.valueOf(masked.findings().size())));
        push(next, "CORRECTED", revision, note);
        return repository.byId(id).orElseThrow();
    }

    /** Ends the publicity of one publication past its retention (LAW.md §4); by the nightly job. */
    @Transactional
    public boolean expire(String id, LocalDate today) {
        Publication p = repository.byId(id).orElseThrow();
        CaseFile c = cases.lockForRecord(p.caseId());
        p = reread(p);
        if (p.status() != PublicationStatus.PUBLISHED || p.expiresOn() == null || !p.expiresOn().isBefore(today)) {
            return false;
        }
        String reason = message("publicity.expired.reason", p.expiresOn().toString());
        Publication next = with(p, PublicationStatus.EXPIRED, reason, "EXPIRED", p.originalText(), p.maskedText(),
                p.findings(), p.manualMarks(), p.revision(), p.reviewedBy(), p.releasedBy(), p.publishedOn(),
                p.publishedAt(), p.expiresOn(), null, null, null, null, null);
        save(p, next, true);
        record("system", c, next, PublicationSteps.EXPIRED, today, step(next, "expiresOn", p.expiresOn().toString()));
        push(next, "EXPIRED", next.revision(), reason);
        return true;
    }

    /**
     * Scans one published text again with the current rules and the case's current data: a finding opens an alert
     * (and a step of the case); a clean text closes the open one. Returns the findings.
     */
    @Transactional
    public List<Masking.Finding> rescan(String id) {
        Publication p = repository.byId(id).orElseThrow();
        if (p.status() != PublicationStatus.PUBLISHED) {
            return List.of();
        }
        // Read without a lock: most texts are clean and the nightly scan must not hold up the day's work.
        CaseFile c = cases.byIdOfChecked(p.caseId());
        List<Masking.Finding> hits = Masking.mask(p.maskedText(), PublicationText.known(c), List.of()).findings()
                .stream().filter(f -> !alreadyMasked(f.text())).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (hits.isEmpty()) {
            repository.resolveAlerts(p.id(), "system", now);
            return List.of();
        }
        String summary = hits.stream().map(f -> f.type().name()).distinct().sorted()
                .collect(Collectors.joining(","));
        if (!summary.equals(repository.openAlert(p.id()).orElse(null))) {
            c = cases.lockForRecord(p.caseId());
            repository.resolveAlerts(p.id(), "system", now);
            repository.insertAlert(Ids.newId(), p, summary, now);
            record("system", c, p, PublicationSteps.ALERT, LocalDate.now(clock), step(p, "findings", summary));
        }
        return hits;
    }

    /**
     * What masking already put there and the keyword patterns find again after 住址 or 证人: asterisks, or a name
     * written as 李某 / 李某某. Not a hit.
     */
    static boolean alreadyMasked(String found) {
        String s = found.strip();
        return s.chars().allMatch(ch -> ch == '*') || s.matches("\\p{IsHan}\u67d0{1,2}");
    }

    // ---------------------------------------------------------------- settings

    public PublicationSetting setting(String agencyId, String actType) {
        return repository.setting(agencyId, actType).orElseGet(() -> PublicationSetting.defaults(agencyId, actType));
    }

    /** The agency's rule for an act type, for staff who may see the agency; an unknown act type is a 400. */
    public PublicationSetting visibleSetting(Caller caller, String agencyId, String actType) {
        requireStaff(caller);
        organization.requireVisibleAgency(caller, agencyId);
        try {
            MatterCategory.valueOf(actType);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("actType", "validation.choice", String.valueOf(actType));
        }
        return setting(agencyId, actType);
    }

    /** Sets the agency's rule for an act type; by its head. Retention 1–120 months; releasers of the agency. */
    @Transactional
    public PublicationSetting saveSetting(Caller caller, PublicationSetting s) {
        Agency agency = organization.requireVisibleAgency(caller, s.agencyId());
        if (!caller.has(Role.HEAD) || !caller.agencyId().equals(agency.id())) {
            throw ProblemException.forbidden("publicity.problem.settings-head-only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        try {
            MatterCategory.valueOf(s.actType());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(FieldProblem.of("actType", "validation.choice", String.valueOf(s.actType())));
        }
        for (String k : s.excludedPenaltyKinds()) {
            try {
                PenaltyKind.valueOf(k);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("excludedPenaltyKinds", "validation.choice", k));
            }
        }
        if (s.retentionMonths() < 1 || s.retentionMonths() > 120) {
            problems.add(FieldProblem.of("retentionMonths", "publicity.validation.months", 1, 120));
        }
        if (s.smallRetentionMonths() < 1 || s.smallRetentionMonths() > s.retentionMonths()) {
            problems.add(FieldProblem.of("smallRetentionMonths", "publicity.validation.months", 1,
                    Math.max(1, s.retentionMonths())));
        }
        if (s.smallFineLimit() == null || s.smallFineLimit().signum() < 0
                || s.smallFineLimit().compareTo(new BigDecimal("100000000")) > 0) {
            problems.add(FieldProblem.of("smallFineLimit", "validation.number"));
        }
        for (String officerId : s.releaserOfficerIds()) {
            if (organization.officer(officerId).filter(o -> o.agencyId().equals(agency.id())).isEmpty()) {
                problems.add(FieldProblem.of("releaserOfficerIds", "publicity.validation.releaser"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        repository.saveSetting(s, caller.username(), OffsetDateTime.now(clock));
        return setting(s.agencyId(), s.actType());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Months a publication stays public (LAW.md §4; SAMR practice): the short period for a small penalty — no
     * penalty, or only a warning, a 通报批评 and a fine below the agency's limit — the long one otherwise.
     */
    int retentionMonths(Publication p, CaseFile c) {
        PublicationSetting s = setting(p.agencyId(), p.actType());
        return small(p, c, s) ? s.smallRetentionMonths() : s.retentionMonths();
    }

    static boolean small(Publication p, CaseFile c, PublicationSetting s) {
        if (!DecisionType.PENALTY.name().equals(p.decisionType())) {
            return true;
        }
        Set<String> light = Set.of(PenaltyKind.WARNING.name(), PenaltyKind.CRITICISM.name(), PenaltyKind.FINE.name());
        boolean onlyLight = java.util.Arrays.stream(p.penaltyKinds().split(",")).filter(k -> !k.isBlank())
                .allMatch(light::contains);
        BigDecimal fine = c.fineAmount() == null ? BigDecimal.ZERO : c.fineAmount();
        return onlyLight && fine.compareTo(s.smallFineLimit()) < 0;
    }

    private void requireActor(Caller caller, CaseFile c, Publication p) {
        if (!cases.onCase(caller, c) && !mayRelease(caller, p)) {
            throw ProblemException.forbidden("publicity.problem.not-on-case");
        }
    }

    private void requireStaff(Caller caller) {
        if (caller.has(Role.SYSADMIN) || caller.has(Role.SECADMIN)) {
            throw ProblemException.forbidden("publicity.problem.not-staff");
        }
    }

    private Publication reread(Publication p) {
        return repository.byId(p.id()).orElseThrow();
    }

    private void save(Publication before, Publication next, boolean publicChange) {
        if (!repository.update(next, OffsetDateTime.now(clock), publicChange)) {
            throw ProblemException.conflict("publication-changed", "publicity.gate.changed");
        }
        if (publicChange) {
            events.publishEvent(new PublicationChanged(next.id()));
        }
    }

    private void record(String actor, CaseFile locked, Publication p, String kind, LocalDate on, ObjectNode data) {
        cases.recordStep(actor, locked, kind, CaseStage.DECISION, on, data);
    }

    private ObjectNode step(Publication p, String... kv) {
        ObjectNode o = json.createObjectNode();
        o.put("publicationId", p.id());
        o.put("documentId", p.documentId());
        o.put("number", p.number());
        for (int i = 0; i + 1 < kv.length; i += 2) {
            o.put(kv[i], kv[i + 1]);
        }
        return o;
    }

    private void push(Publication p, String event, int revision, String note) {
        ObjectNode o = json.createObjectNode();
        o.put("publicationId", p.id());
        o.put("revision", revision);
        o.put("agencyId", p.agencyId());
        o.put("agencyName", p.agencyName());
        organization.agency(p.agencyId()).map(Agency::creditCode).ifPresent(code -> o.put("agencyCreditCode", code));
        o.put("number", p.number());
        o.put("title", p.title());
        o.put("partyName", p.partyName());
        o.put("actType", p.actType());
        o.put("decisionType", p.decisionType());
        o.put("decidedOn", p.decidedOn().toString());
        o.put("publishedOn", p.publishedOn() == null ? null : p.publishedOn().toString());
        o.put("expiresOn", p.expiresOn() == null ? null : p.expiresOn().toString());
        if (!"WITHDRAWN".equals(event) && !"EXPIRED".equals(event)) {
            o.put("text", p.maskedText());
        }
        o.put("note", note);
        o.put("releasedBy", p.releasedBy());
        o.put("occurredAt", OffsetDateTime.now(clock).toString());
        outbox.enqueue(p.id(), event, revision, o);
    }

    private List<String> marks(List<String> marks, String original) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        if (marks != null) {
            if (marks.size() > MAX_MARKS) {
                problems.add(FieldProblem.of("marks", "publicity.validation.too-many-marks", MAX_MARKS));
            }
            for (int i = 0; i < marks.size(); i++) {
                String m = marks.get(i);
                if (m == null || m.isBlank()) {
                    continue;
                }
                String s = m.strip();
                if (s.length() > 200) {
                    problems.add(FieldProblem.of("marks[" + i + "]", "validation.too-long", 200));
                } else if (!original.contains(s)) {
                    problems.add(FieldProblem.of("marks[" + i + "]", "publicity.validation.mark-not-in-text", s));
                } else if (!clean.contains(s)) {
                    clean.add(s);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return clean;
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required"));
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            problems.add(FieldProblem.of(field, "validation.too-long", max));
        }
        return s;
    }

    static String findingsJson(Masking.Result r) {
        ArrayNode a = FINDINGS.createArrayNode();
        for (Masking.Finding f : r.findings()) {
            ObjectNode o = a.addObject();
            o.put("type", f.type().name());
            o.put("start", f.start());
            o.put("end", f.end());
            o.put("text", f.text());
        }
        return a.toString();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Publication with(Publication p, PublicationStatus status, String reason, String reasonCode,
            String original, String masked, String findings, List<String> marks, int revision, String reviewedBy,
            String releasedBy, LocalDate publishedOn, OffsetDateTime publishedAt, LocalDate expiresOn,
            ChangeKind changeKind, String changeCause, LocalDate changeReportedOn, LocalDate changeDueBy,
            LocalDate withdrawnOn) {
        return new Publication(p.id(), p.caseId(), p.documentId(), p.agencyId(), p.agencyName(), p.actType(),
                p.decisionType(), p.penaltyKinds(), status, reason, reasonCode, p.decidedOn(), p.dueBy(), p.title(),
                p.partyName(), p.number(), original, masked, findings, marks, revision, p.enteredBy(), reviewedBy,
                releasedBy, publishedOn, publishedAt, expiresOn, changeKind, changeCause, changeReportedOn,
                changeDueBy, withdrawnOn, p.createdAt(), p.version());
    }

}
