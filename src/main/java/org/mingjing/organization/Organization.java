package org.mingjing.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation registry: agencies in their hierarchy, officers and their certificates, and who may see
 * which of them. Every read that takes a {@link Caller} is scoped: officers, reviewers and heads see their own
 * agency; supervisors and administrators see theirs and all below it. What a caller may not see is reported
 * as not found, never as forbidden, so that its existence does not leak.
 */
@Service
public class Organization {

    private final Agencies agencies;
    private final Officers officers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organization(Agencies agencies, Officers officers, ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.officers = officers;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- agencies

    /** All agencies, parents before children. Agencies are public bodies: their list is not secret. */
    public List<Agency> agencies() {
        List<Agency> sorted = new ArrayList<>(agencies.all());
        sorted.sort(Comparator.comparing(Agency::level).thenComparing(Agency::regionCode));
        return sorted;
    }

    public Optional<Agency> agency(String id) {
        return id == null ? Optional.empty() : agencies.byId(id);
    }

    public boolean hasAgencies() {
        return agencies.count() > 0;
    }

    /** The agency and every agency below it. */
    public Set<String> subtree(String agencyId) {
        List<Agency> all = agencies.all();
        Set<String> result = new LinkedHashSet<>();
        result.add(agencyId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Agency a : all) {
                if (a.parentId() != null && result.contains(a.parentId()) && result.add(a.id())) {
                    grew = true;
                }
            }
        }
        return result;
    }

    /** The agencies whose internal data the caller may read. */
    public Set<String> visibleAgencyIds(Caller caller) {
        return caller.reachesSubordinates() ? subtree(caller.agencyId()) : Set.of(caller.agencyId());
    }

    /** The agencies whose internal data the caller may read, parents before children. */
    public List<Agency> visibleAgencies(Caller caller) {
        Set<String> visible = visibleAgencyIds(caller);
        return agencies().stream().filter(a -> visible.contains(a.id())).toList();
    }

    /** The agency, if the caller may see its internal data; otherwise not found. */
    public Agency requireVisibleAgency(Caller caller, String agencyId) {
        if (agencyId == null || !visibleAgencyIds(caller).contains(agencyId)) {
            throw ProblemException.notFound("agency.problem.not-found");
        }
        return agencies.byId(agencyId).orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
    }

    /** Registers an agency; used when the organisation is first set up. */
    @Transactional
    public Agency registerAgency(String parentId, AgencyLevel level, String regionCode, AgencyDraft draft,
            String actor) {
        List<FieldProblem> problems = checkAgency(draft);
        if (parentId != null && agencies.byId(parentId).isEmpty()) {
            problems.add(FieldProblem.of("parentId", "agency.validation.parent"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Agency agency = new Agency(Ids.newId(), draft.name().strip(), draft.shortName().strip(), parentId, level,
                draft.creditCode(), regionCode, draft.qualificationBasis().strip(), draft.address().strip(),
                blankToNull(draft.phone()), draft.reconsiderationBody().strip(), draft.court().strip(), 0);
        agencies.insert(agency, actor);
        return agency;
    }

    /** A system administrator corrects an agency of its reach. */
    @Transactional
    public Agency updateAgency(Caller caller, String agencyId, AgencyDraft draft) {
        requireRole(caller, Role.SYSADMIN);
        Agency current = requireVisibleAgency(caller, agencyId);
        List<FieldProblem> problems = checkAgency(draft);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        int version = draft.version() == null ? current.version() : draft.version();
        Agency next = new Agency(current.id(), draft.name().strip(), draft.shortName().strip(), current.parentId(),
                current.level(), draft.creditCode(), current.regionCode(), draft.qualificationBasis().strip(),
                draft.address().strip(), blankToNull(draft.phone()), draft.reconsiderationBody().strip(),
                draft.court().strip(), version);
        if (!agencies.update(next, caller.username())) {
            throw ProblemException.conflict("stale", "problem.stale");
        }
        events.publishEvent(new AgencyChanged(caller.username(), agencyId));
        return agencies.byId(agencyId).orElseThrow();
    }

    private List<FieldProblem> checkAgency(AgencyDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", d.name(), 100);
        required(problems, "shortName", d.shortName(), 20);
        required(problems, "qualificationBasis", d.qualificationBasis(), 500);
        required(problems, "address", d.address(), 200);
        required(problems, "reconsiderationBody", d.reconsiderationBody(), 200);
        required(problems, "court", d.court(), 200);
        if (d.creditCode() == null || d.creditCode().isBlank()) {
            problems.add(FieldProblem.of("creditCode", "validation.required"));
        } else if (!CreditCode.isValid(d.creditCode())) {
            problems.add(FieldProblem.of("creditCode", "validation.credit-code"));
        }
        if (d.phone() != null && !d.phone().isBlank() && !PhoneNumber.isValid(d.phone())) {
            problems.add(FieldProblem.of("phone", "validation.phone"));
        }
        return problems;
    }

    // ---------------------------------------------------------------- officers

    public Optional<Officer> officer(String id) {
        return id == null ? Optional.empty() : officers.byId(id);
    }

    /** The officer, if the caller may see their agency's internal data; otherwise not found. */
    public Officer requireVisibleOfficer(Caller caller, String officerId) {
        return officer(officerId).filter(o -> visibleAgencyIds(caller).contains(o.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("officer.problem.not-found"));
    }

    public Optional<Officer> officerByCertificate(String certificateNumber) {
        return certificateNumber == null ? Optional.empty()
                : officers.byCertificateNumber(certificateNumber.strip());
    }

    /** Officers of one agency, for the public roster and for staffing checks. */
    public List<Officer> officersOf(String agencyId) {
        return officers.ofAgency(agencyId);
    }

    /** Searches the officers the caller may see; {@code agencyId} narrows to one visible agency. */
    public Paged<Officer> searchOfficers(Caller caller, String agencyId, String q, OfficerStatus status, int page,
            int size) {
        Paged.checkBounds(page, size);
        Set<String> scope = agencyId == null || agencyId.isBlank() ? visibleAgencyIds(caller)
                : Set.of(requireVisibleAgency(caller, agencyId).id());
        return new Paged<>(officers.search(scope, q, status, page, size), officers.count(scope, q, status));
    }

    /** Certificates of the caller's reach that lapse within the given number of days. */
    public List<Officer> certificatesExpiring(Caller caller, int days) {
        LocalDate today = LocalDate.now(clock);
        return officers.expiringBetween(visibleAgencyIds(caller), today, today.plusDays(days));
    }

    /** A system administrator registers an officer in an agency of its reach. */
    @Transactional
    public Officer registerOfficer(Caller caller, OfficerDraft draft) {
        requireRole(caller, Role.SYSADMIN);
        List<FieldProblem> problems = checkOfficer(draft, "");
        if (draft.agencyId() == null || draft.agencyId().isBlank()) {
            problems.add(FieldProblem.of("agencyId", "validation.required"));
        } else if (!visibleAgencyIds(caller).contains(draft.agencyId()) || agencies.byId(draft.agencyId()).isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "officer.validation.agency"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Officer officer = insertNew(draft, caller.username());
        events.publishEvent(new OfficerRegistered(caller.username(), officer.id(), officer.agencyId()));
        return officer;
    }

    /** Registers an officer without an acting administrator: only for loading the demo data set. */
    @Transactional
    public Officer registerOfficerForSetup(OfficerDraft draft, String actor) {
        List<FieldProblem> problems = checkOfficer(draft, "");
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return insertNew(draft, actor);
    }

    private Officer insertNew(OfficerDraft draft, String actor) {
        Officer officer = toOfficer(Ids.newId(), draft.agencyId(), draft, OfficerStatus.ACTIVE, 0);
        officers.insert(officer, actor);
        return officer;
    }

    /** A system administrator edits an officer of its reach; the agency stays. */
    @Transactional
    public Officer updateOfficer(Caller caller, String officerId, OfficerDraft draft, Integer version) {
        requireRole(caller, Role.SYSADMIN);
        Officer current = requireVisibleOfficer(caller, officerId);
        List<FieldProblem> problems = checkOfficer(draft, officerId);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Officer next = toOfficer(officerId, current.agencyId(), draft, current.status(),
                version == null ? current.version() : version);
        save(caller, next, "UPDATED");
        return officers.byId(officerId).orElseThrow();
    }

    /** Suspends, reinstates or revokes an officer's qualification. */
    @Transactional
    public Officer changeStatus(Caller caller, String officerId, OfficerStatus target) {
        requireRole(caller, Role.SYSADMIN);
        Officer current = requireVisibleOfficer(caller, officerId);
        save(caller, current.moveTo(target), target.name());
        return officers.byId(officerId).orElseThrow();
    }

    /** Changes a status while the product is set up (demo data); no administrator acts. */
    @Transactional
    public Officer changeStatusForSetup(String officerId, OfficerStatus target, String actor) {
        Officer next = officers.byId(officerId)
                .orElseThrow(() -> ProblemException.notFound("officer.problem.not-found")).moveTo(target);
        officers.update(next, actor);
        return next;
    }

    private void save(Caller caller, Officer next, String change) {
        if (!officers.update(next, caller.username())) {
            throw ProblemException.conflict("stale", "problem.stale");
        }
        events.publishEvent(new OfficerChanged(caller.username(), next.id(), next.agencyId(), change));
    }

    /** The agency's legal-review staffing, for its head, its supervisors and administrators. */
    public ReviewStaffing reviewStaffing(Caller caller, String agencyId) {
        requireVisibleAgency(caller, agencyId);
        return reviewStaffing(agencyId);
    }

    /** Staffing of any agency, for warnings computed inside the product. */
    public ReviewStaffing reviewStaffing(String agencyId) {
        return ReviewStaffingPolicy.assess(agencyId, officers.ofAgency(agencyId));
    }

    private List<FieldProblem> checkOfficer(OfficerDraft d, String selfId) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", d.name(), 50);
        required(problems, "post", d.post(), 50);
        required(problems, "area", d.area(), 200);
        optional(problems, "certificateIssuer", d.certificateIssuer(), 100);
        optional(problems, "fields", d.fields(), 200);
        if (d.certificateNumber() == null || d.certificateNumber().isBlank()) {
            problems.add(FieldProblem.of("certificateNumber", "validation.required"));
        } else if (!d.certificateNumber().strip().matches("[0-9A-Za-z\\-]{6,40}")) {
            problems.add(FieldProblem.of("certificateNumber", "officer.validation.certificate-format"));
        } else if (officers.certificateTaken(d.certificateNumber().strip(), selfId)) {
            problems.add(FieldProblem.of("certificateNumber", "officer.validation.certificate-taken"));
        }
        if (d.certificateValidFrom() == null) {
            problems.add(FieldProblem.of("certificateValidFrom", "validation.required"));
        }
        if (d.certificateValidUntil() == null) {
            problems.add(FieldProblem.of("certificateValidUntil", "validation.required"));
        }
        if (d.certificateValidFrom() != null && d.certificateValidUntil() != null
                && !d.certificateValidUntil().isAfter(d.certificateValidFrom())) {
            problems.add(FieldProblem.of("certificateValidUntil", "officer.validation.validity-order"));
        }
        if (d.idNumber() == null || d.idNumber().isBlank()) {
            problems.add(FieldProblem.of("idNumber", "validation.required"));
        } else if (!ResidentIdNumber.isValid(d.idNumber().strip())) {
            problems.add(FieldProblem.of("idNumber", "validation.id-number"));
        } else if (officers.idNumberTaken(d.idNumber().strip().toUpperCase(), selfId)) {
            problems.add(FieldProblem.of("idNumber", "officer.validation.id-number-taken"));
        }
        if (d.phone() == null || d.phone().isBlank()) {
            problems.add(FieldProblem.of("phone", "validation.required"));
        } else if (!PhoneNumber.isValid(d.phone().strip())) {
            problems.add(FieldProblem.of("phone", "validation.phone"));
        }
        if (Boolean.TRUE.equals(d.legalReviewer())) {
            optional(problems, "legalQualificationNumber", d.legalQualificationNumber(), 40);
        }
        return problems;
    }

    private static Officer toOfficer(String id, String agencyId, OfficerDraft d, OfficerStatus status, int version) {
        boolean reviewer = Boolean.TRUE.equals(d.legalReviewer());
        return new Officer(id, agencyId, d.name().strip(), d.post().strip(), d.idNumber().strip().toUpperCase(),
                d.phone().strip(), d.certificateNumber().strip(), orDefault(d.certificateIssuer()),
                d.certificateValidFrom(), d.certificateValidUntil(), d.area().strip(), orDefault(d.fields()), status,
                reviewer, reviewer ? blankToNull(d.legalQualificationNumber()) : null,
                reviewer ? d.reviewStartedOn() : null, version);
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "validation.too-long", max));
        }
    }

    private static void requireRole(Caller caller, Role role) {
        if (!caller.has(role)) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orDefault(String value) {
        return value == null ? "" : value.strip();
    }
}
