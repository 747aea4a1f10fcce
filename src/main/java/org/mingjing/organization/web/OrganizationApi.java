package org.mingjing.organization.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyDraft;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Officer;
import org.mingjing.organization.OfficerAccounts;
import org.mingjing.organization.OfficerDraft;
import org.mingjing.organization.OfficerStatus;
import org.mingjing.organization.Organization;
import org.mingjing.organization.ReviewStaffing;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.mingjing.shared.PhoneNumber;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.ResidentIdNumber;
import org.mingjing.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisation registry's staff API: agencies, officers, reviewer staffing. */
@RestController
class OrganizationApi {

    private final Organization organization;
    private final OfficerAccounts officerAccounts;
    private final Clock clock;

    OrganizationApi(Organization organization, OfficerAccounts officerAccounts, Clock clock) {
        this.organization = organization;
        this.officerAccounts = officerAccounts;
        this.clock = clock;
    }

    record AgencyView(String id, String name, String shortName, String parentId, AgencyLevel level, String creditCode,
            String qualificationBasis, String address, String phone, String reconsiderationBody, String court,
            int version) {

        static AgencyView of(Agency a) {
            return new AgencyView(a.id(), a.name(), a.shortName(), a.parentId(), a.level(), a.creditCode(),
                    a.qualificationBasis(), a.address(), a.phone(), a.reconsiderationBody(), a.court(), a.version());
        }
    }

    /**
     * An officer as staff see them. ID number and phone are personal data: shown whole to the system
     * administrator who maintains them, masked to everyone else.
     */
    record OfficerView(String id, String agencyId, String agencyName, String name, String post,
            String certificateNumber, String certificateIssuer, LocalDate certificateValidFrom,
            LocalDate certificateValidUntil, String area, String fields, OfficerStatus status, boolean current,
            boolean legalReviewer, String legalQualificationNumber, LocalDate reviewStartedOn, String idNumber,
            String phone, String username, int version) {
    }

    /** The body of {@code POST /api/officers} and {@code PUT /api/officers/{id}}. */
    record OfficerRequest(String agencyId, String name, String post, String certificateNumber,
            String certificateIssuer, LocalDate certificateValidFrom, LocalDate certificateValidUntil, String area,
            String fields, String idNumber, String phone, Boolean legalReviewer, String legalQualificationNumber,
            LocalDate reviewStartedOn, Integer version) {

        OfficerDraft draft() {
            return new OfficerDraft(agencyId, name, post, certificateNumber, certificateIssuer, certificateValidFrom,
                    certificateValidUntil, area, fields, idNumber, phone, legalReviewer, legalQualificationNumber,
                    reviewStartedOn);
        }
    }

    @GetMapping("/api/agencies")
    List<AgencyView> agencies() {
        return organization.agencies().stream().map(AgencyView::of).toList();
    }

    @GetMapping("/api/agencies/{id}")
    AgencyView agency(@PathVariable String id) {
        return organization.agency(id).map(AgencyView::of)
                .orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
    }

    @PutMapping("/api/agencies/{id}")
    @PreAuthorize("hasRole('SYSADMIN')")
    AgencyView updateAgency(@PathVariable String id, @RequestBody AgencyDraft draft) {
        return AgencyView.of(organization.updateAgency(Caller.require(), id, draft));
    }

    @GetMapping("/api/agencies/{id}/review-staffing")
    ReviewStaffing staffing(@PathVariable String id) {
        return organization.reviewStaffing(Caller.require(), id);
    }

    @GetMapping("/api/officers")
    Paged<OfficerView> officers(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String q, @RequestParam(required = false) OfficerStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Caller caller = Caller.require();
        Paged<Officer> found = organization.searchOfficers(caller, agencyId, q, status, page, size);
        return views(caller, found);
    }

    @GetMapping("/api/officers/{id}")
    OfficerView officer(@PathVariable String id) {
        Caller caller = Caller.require();
        return views(caller, new Paged<>(List.of(organization.requireVisibleOfficer(caller, id)), 1)).items().get(0);
    }

    @PostMapping("/api/officers")
    @PreAuthorize("hasRole('SYSADMIN')")
    ResponseEntity<OfficerView> register(@RequestBody OfficerRequest request) {
        Caller caller = Caller.require();
        Officer officer = organization.registerOfficer(caller, request.draft());
        return ResponseEntity.created(URI.create("/api/officers/" + officer.id()))
                .body(views(caller, new Paged<>(List.of(officer), 1)).items().get(0));
    }

    @PutMapping("/api/officers/{id}")
    @PreAuthorize("hasRole('SYSADMIN')")
    OfficerView update(@PathVariable String id, @RequestBody OfficerRequest request) {
        Caller caller = Caller.require();
        Officer officer = organization.updateOfficer(caller, id, request.draft(), request.version());
        return views(caller, new Paged<>(List.of(officer), 1)).items().get(0);
    }

    @PostMapping("/api/officers/{id}/{action:suspend|reinstate|revoke}")
    @PreAuthorize("hasRole('SYSADMIN')")
    OfficerView changeStatus(@PathVariable String id, @PathVariable String action) {
        Caller caller = Caller.require();
        OfficerStatus target = switch (action) {
            case "suspend" -> OfficerStatus.SUSPENDED;
            case "reinstate" -> OfficerStatus.ACTIVE;
            default -> OfficerStatus.REVOKED;
        };
        return views(caller, new Paged<>(List.of(organization.changeStatus(caller, id, target)), 1)).items().get(0);
    }

    private Paged<OfficerView> views(Caller caller, Paged<Officer> officers) {
        Map<String, String> usernames = officerAccounts
                .usernamesOf(officers.items().stream().map(Officer::id).toList());
        Map<String, String> agencyNames = new java.util.HashMap<>();
        organization.agencies().forEach(a -> agencyNames.put(a.id(), a.name()));
        boolean whole = caller.has(Role.SYSADMIN);
        LocalDate today = LocalDate.now(clock);
        return officers.map(o -> new OfficerView(o.id(), o.agencyId(), agencyNames.get(o.agencyId()), o.name(),
                o.post(), o.certificateNumber(), o.certificateIssuer(), o.certificateValidFrom(),
                o.certificateValidUntil(), o.area(), o.fields(), o.status(), o.mayActOn(today), o.legalReviewer(),
                o.legalQualificationNumber(), o.reviewStartedOn(),
                whole ? o.idNumber() : ResidentIdNumber.masked(o.idNumber()),
                whole ? o.phone() : PhoneNumber.masked(o.phone()), usernames.get(o.id()), o.version()));
    }
}
