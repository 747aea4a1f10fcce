package org.mingjing.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening accounts, changing passwords, unlocking: the security administrator's work, kept apart from the
 * system administrator's (三员分立, 等保 2.0 level 3). An account never combines two administrator roles,
 * and administrators hold no business role.
 */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final SecurityLog log;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final Organization organization;
    private final Clock clock;

    AccountAdministration(Accounts accounts, SecurityLog log, PasswordPolicy passwords, PasswordEncoder encoder,
            Organization organization, Clock clock) {
        this.accounts = accounts;
        this.log = log;
        this.passwords = passwords;
        this.encoder = encoder;
        this.organization = organization;
        this.clock = clock;
    }

    public Optional<Account> account(String username) {
        return accounts.byUsername(username);
    }

    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    /** Accounts of the agencies the security administrator reaches. */
    public List<Account> accounts(Caller caller) {
        requireRole(caller, Role.SECADMIN);
        return accounts.ofAgencies(organization.visibleAgencyIds(caller));
    }

    /** A security administrator opens an account; its holder must choose a new password at first sign-in. */
    @Transactional
    public Account open(Caller caller, AccountDraft draft) {
        requireRole(caller, Role.SECADMIN);
        List<FieldProblem> problems = check(draft);
        if (draft.agencyId() != null && !organization.visibleAgencyIds(caller).contains(draft.agencyId())) {
            problems.add(FieldProblem.of("agencyId", "account.validation.agency"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Account account = create(draft, encoder.encode(draft.initialPassword()), true, caller.username());
        log.record(caller.username(), draft.agencyId(), "ACCOUNT_OPENED", draft.username(),
                "roles=" + draft.roles(), null);
        return account;
    }

    /** Opens an account while the product is set up (first start); no administrator acts. */
    @Transactional
    public Account openForSetup(AccountDraft draft, boolean mustChangePassword) {
        return openForSetup(List.of(draft), mustChangePassword).get(0);
    }

    /**
     * Opens accounts while the product is set up (demo data, first start). A password shared by several
     * accounts — the demo password — is hashed once: hashing is deliberately slow, and start-up should not
     * pay for it a dozen times.
     */
    @Transactional
    public List<Account> openForSetup(List<AccountDraft> drafts, boolean mustChangePassword) {
        Map<String, String> hashes = new HashMap<>();
        List<Account> opened = new ArrayList<>();
        for (AccountDraft draft : drafts) {
            List<FieldProblem> problems = check(draft);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            String hash = hashes.computeIfAbsent(draft.initialPassword(), encoder::encode);
            opened.add(create(draft, hash, mustChangePassword, "setup"));
            log.record("setup", draft.agencyId(), "ACCOUNT_OPENED", draft.username(), "roles=" + draft.roles(), null);
        }
        return opened;
    }

    private Account create(AccountDraft draft, String passwordHash, boolean mustChange, String actor) {
        Instant now = Instant.now(clock);
        Account account = new Account(Ids.newId(), draft.username().strip(), draft.displayName().strip(),
                draft.agencyId(), blankToNull(draft.officerId()), EnumSet.copyOf(draft.roles()), passwordHash,
                mustChange, now, 0, null, true);
        accounts.insert(account, actor, now);
        return account;
    }

    /** The holder changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        Account account = accounts.byUsername(caller.username())
                .orElseThrow(() -> ProblemException.notFound("account.problem.not-found"));
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw ProblemException.invalid("currentPassword", "password.validation.current");
        }
        List<FieldProblem> problems = new ArrayList<>();
        passwords.violations(account.username(), newPassword)
                .forEach(key -> problems.add(FieldProblem.of("newPassword", key)));
        if (problems.isEmpty() && encoder.matches(newPassword, account.passwordHash())) {
            problems.add(FieldProblem.of("newPassword", "password.policy.same"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        accounts.setPassword(account.id(), encoder.encode(newPassword), false, Instant.now(clock));
        log.record(caller.username(), caller.agencyId(), "PASSWORD_CHANGED", caller.username(), null, null);
    }

    /** A security administrator lifts a lockout. */
    @Transactional
    public void unlock(Caller caller, String username) {
        Account account = reachable(caller, username);
        accounts.clearFailures(account.username());
        log.record(caller.username(), account.agencyId(), "ACCOUNT_UNLOCKED", username, null, null);
    }

    /** A security administrator sets a one-time password that the holder must change at once. */
    @Transactional
    public void resetPassword(Caller caller, String username, String temporaryPassword) {
        Account account = reachable(caller, username);
        List<FieldProblem> problems = new ArrayList<>();
        passwords.violations(username, temporaryPassword)
                .forEach(key -> problems.add(FieldProblem.of("password", key)));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        accounts.setPassword(account.id(), encoder.encode(temporaryPassword), true, Instant.now(clock));
        accounts.clearFailures(username);
        log.record(caller.username(), account.agencyId(), "PASSWORD_RESET", username, null, null);
    }

    /** A security administrator disables or re-enables an account. */
    @Transactional
    public void setEnabled(Caller caller, String username, boolean enabled) {
        Account account = reachable(caller, username);
        if (account.username().equals(caller.username())) {
            throw ProblemException.conflict("own-account", "account.problem.own-account");
        }
        accounts.setEnabled(account.id(), enabled);
        log.record(caller.username(), account.agencyId(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", username,
                null, null);
    }

    private Account reachable(Caller caller, String username) {
        requireRole(caller, Role.SECADMIN);
        return accounts.byUsername(username)
                .filter(a -> organization.visibleAgencyIds(caller).contains(a.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("account.problem.not-found"));
    }

    private List<FieldProblem> check(AccountDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.username() == null || !d.username().strip().matches("[a-z][a-z0-9._-]{2,63}")) {
            problems.add(FieldProblem.of("username", "account.validation.username"));
        } else if (accounts.byUsername(d.username().strip()).isPresent()) {
            problems.add(FieldProblem.of("username", "account.validation.username-taken"));
        }
        if (d.displayName() == null || d.displayName().isBlank()) {
            problems.add(FieldProblem.of("displayName", "validation.required"));
        }
        if (d.agencyId() == null || organization.agency(d.agencyId()).isEmpty()) {
            problems.add(FieldProblem.of("agencyId", "account.validation.agency"));
        }
        if (d.officerId() != null && !d.officerId().isBlank()) {
            var officer = organization.officer(d.officerId());
            if (officer.isEmpty() || !officer.get().agencyId().equals(d.agencyId())) {
                problems.add(FieldProblem.of("officerId", "account.validation.officer"));
            }
        }
        problems.addAll(checkRoles(d.roles()));
        if (d.username() != null) {
            passwords.violations(d.username(), d.initialPassword())
                    .forEach(key -> problems.add(FieldProblem.of("initialPassword", key)));
        }
        return problems;
    }

    /**
     * 三员分立: the system, security and audit administrators are three different people, and none of them
     * also handles cases.
     */
    static List<FieldProblem> checkRoles(Set<Role> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(FieldProblem.of("roles", "validation.required"));
            return problems;
        }
        long administrators = roles.stream().filter(Role::isAdministrator).count();
        if (administrators > 1 || (administrators == 1 && roles.size() > 1)) {
            problems.add(FieldProblem.of("roles", "account.validation.separation"));
        }
        return problems;
    }

    private static void requireRole(Caller caller, Role role) {
        if (!caller.has(role)) {
            throw ProblemException.forbidden("problem.forbidden");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
