package org.mingjing.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.mingjing.identity.Account;
import org.mingjing.identity.AccountAdministration;
import org.mingjing.identity.AccountDraft;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.mingjing.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for the security administrator (安全管理员). */
@RestController
@PreAuthorize("hasRole('SECADMIN')")
class AccountsApi {

    private final AccountAdministration accounts;
    private final Clock clock;

    AccountsApi(AccountAdministration accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    record AccountView(String id, String username, String name, String agencyId, String officerId, Set<Role> roles,
            boolean enabled, boolean locked, boolean mustChangePassword) {

        static AccountView of(Account a, Instant now) {
            return new AccountView(a.id(), a.username(), a.displayName(), a.agencyId(), a.officerId(), a.roles(),
                    a.enabled(), a.lockedAt(now), a.mustChangePassword());
        }
    }

    record PasswordReset(String password) {
    }

    @GetMapping("/api/accounts")
    Paged<AccountView> list() {
        List<AccountView> items = accounts.accounts(Caller.require()).stream().map(a -> AccountView.of(a, Instant.now(clock))).toList();
        return new Paged<>(items, items.size());
    }

    @PostMapping("/api/accounts")
    ResponseEntity<AccountView> open(@RequestBody AccountDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(accounts.open(Caller.require(), draft), Instant.now(clock)));
    }

    @PostMapping("/api/accounts/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        accounts.unlock(Caller.require(), username);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/{username}/password-reset")
    ResponseEntity<Void> reset(@PathVariable String username, @RequestBody PasswordReset reset) {
        accounts.resetPassword(Caller.require(), username, reset.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/{username}/disable")
    ResponseEntity<Void> disable(@PathVariable String username) {
        accounts.setEnabled(Caller.require(), username, false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/{username}/enable")
    ResponseEntity<Void> enable(@PathVariable String username) {
        accounts.setEnabled(Caller.require(), username, true);
        return ResponseEntity.noContent().build();
    }
}
