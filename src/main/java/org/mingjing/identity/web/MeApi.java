package org.mingjing.identity.web;

import java.util.List;

import org.mingjing.identity.AccountAdministration;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and changing my own password. */
@RestController
class MeApi {

    private final Organization organization;
    private final AccountAdministration accounts;

    MeApi(Organization organization, AccountAdministration accounts) {
        this.organization = organization;
        this.accounts = accounts;
    }

    record Me(String username, String name, String officerId, String agencyId, String agencyName, List<Role> roles) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @GetMapping("/api/me")
    Me me() {
        Caller caller = Caller.require();
        return new Me(caller.username(), caller.displayName(), caller.officerId().orElse(null), caller.agencyId(),
                organization.agency(caller.agencyId()).map(Agency::name).orElse(null),
                caller.roles().stream().sorted().toList());
    }

    @PostMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        accounts.changeOwnPassword(Caller.require(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
