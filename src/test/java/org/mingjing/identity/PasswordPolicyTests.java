package org.mingjing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.mingjing.shared.Role;

/** LAW.md §10: password complexity and age, lockout, and separated administrator duties. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(Duration.ofDays(90));

    @Test
    void acceptsAPasswordMixingThreeClasses() {
        assertThat(policy.violations("hubin.officer1", "Demo@2026")).isEmpty();
        assertThat(policy.violations("someone", "abcdef12!")).isEmpty();
    }

    @Test
    void refusesShortSimpleOrNameBearingPasswords() {
        assertThat(policy.violations("u", "Ab1!")).containsExactly("password.policy.length");
        assertThat(policy.violations("u", "abcdefgh1")).containsExactly("password.policy.classes");
        assertThat(policy.violations("wangjian", "Wangjian#1")).containsExactly("password.policy.username");
        assertThat(policy.violations("u", null)).containsExactly("password.policy.length");
    }

    @Test
    void aPasswordOlderThanNinetyDaysHasExpired() {
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        assertThat(policy.expired(now.minus(Duration.ofDays(89)), now)).isFalse();
        assertThat(policy.expired(now.minus(Duration.ofDays(91)), now)).isTrue();
    }

    @Test
    void theFifthConsecutiveFailureLocksTheAccount() {
        LockoutPolicy lockout = new LockoutPolicy(5, Duration.ofMinutes(30));
        assertThat(lockout.locksAfter(4)).isFalse();
        assertThat(lockout.locksAfter(5)).isTrue();
        assertThat(lockout.duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void administratorRolesAreNeverCombined() {
        assertThat(AccountAdministration.checkRoles(EnumSet.of(Role.SYSADMIN, Role.AUDITOR))).hasSize(1);
        assertThat(AccountAdministration.checkRoles(EnumSet.of(Role.SECADMIN, Role.OFFICER))).hasSize(1);
        assertThat(AccountAdministration.checkRoles(EnumSet.of(Role.OFFICER, Role.REVIEWER))).isEmpty();
        assertThat(AccountAdministration.checkRoles(EnumSet.of(Role.AUDITOR))).isEmpty();
        assertThat(AccountAdministration.checkRoles(EnumSet.noneOf(Role.class))).hasSize(1);
    }

    @Test
    void aLockedAccountOpensAgainWhenTheThirtyMinutesAreOver() {
        Instant lockedAt = Instant.parse("2026-11-27T08:00:00Z");
        Account account = new Account("id", "u", "name", "agency", null, EnumSet.of(Role.OFFICER), "hash", false,
                lockedAt, 0, lockedAt.plus(Duration.ofMinutes(30)), true);
        assertThat(account.lockedAt(lockedAt.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(account.lockedAt(lockedAt.plus(Duration.ofMinutes(30)))).isFalse();
        AccountPrincipal during = new AccountPrincipal(account, false, lockedAt.plus(Duration.ofMinutes(10)));
        AccountPrincipal after = new AccountPrincipal(account, false, lockedAt.plus(Duration.ofMinutes(31)));
        assertThat(during.isAccountNonLocked()).isFalse();
        assertThat(after.isAccountNonLocked()).isTrue();
    }
}
