package org.mingjing.organization.web;

import java.time.LocalDate;
import java.util.List;

import org.mingjing.organization.PublicRoster;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public roster and certificate check; no login, nothing private. */
@RestController
class PublicOfficersApi {

    private final PublicRoster roster;

    PublicOfficersApi(PublicRoster roster) {
        this.roster = roster;
    }

    record VerificationView(boolean valid, String name, String post, String agencyName, LocalDate validUntil) {
    }

    @GetMapping("/api/public/officers")
    List<PublicRoster.Entry> roster(@RequestParam(required = false) String agencyId) {
        return roster.roster(agencyId);
    }

    @GetMapping("/api/public/officers/verify")
    VerificationView verify(@RequestParam(required = false) String certificateNumber) {
        PublicRoster.Verification v = roster.verify(certificateNumber);
        return new VerificationView(v.valid(), v.name(), v.post(), v.agencyName(), v.validUntil());
    }
}
