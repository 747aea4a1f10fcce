package org.mingjing.identity.web;

import org.mingjing.identity.SecurityEvent;
import org.mingjing.identity.SecurityLog;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The security audit log, for the auditor (审计员) only; it changes nothing. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class AuditApi {

    private final SecurityLog log;
    private final Organization organization;

    AuditApi(SecurityLog log, Organization organization) {
        this.log = log;
        this.organization = organization;
    }

    @GetMapping("/api/security-events")
    Paged<SecurityEvent> events(@RequestParam(required = false) String type,
            @RequestParam(required = false) String username, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return log.page(organization.visibleAgencyIds(Caller.require()), type, username, page, size);
    }
}
