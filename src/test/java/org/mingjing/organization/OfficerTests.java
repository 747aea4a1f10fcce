package org.mingjing.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mingjing.shared.ProblemException;

/** 行政处罚法第四十二条: only officers with a current certificate act; their status moves by intent. */
class OfficerTests {

    private final Officer active = ReviewStaffingPolicyTests.officer("1", false, OfficerStatus.ACTIVE, null, null);

    @Test
    void mayActOnlyWithinTheCertificatesValidityBothEndsIncluded() {
        assertThat(active.mayActOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(active.mayActOn(LocalDate.of(2029, 12, 31))).isTrue();
        assertThat(active.mayActOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(active.mayActOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aSuspendedOfficerMayNotActUntilReinstated() {
        Officer suspended = active.suspend();
        assertThat(suspended.mayActOn(LocalDate.of(2025, 6, 1))).isFalse();
        assertThat(suspended.reinstate().mayActOn(LocalDate.of(2025, 6, 1))).isTrue();
    }

    @Test
    void aRevokedOfficerCannotBeSuspendedOrReinstated() {
        Officer revoked = active.revoke();
        assertThatThrownBy(revoked::suspend).isInstanceOf(ProblemException.class);
        assertThatThrownBy(revoked::reinstate).isInstanceOf(ProblemException.class);
        assertThatThrownBy(revoked::revoke).isInstanceOf(ProblemException.class);
    }

    @Test
    void movingToAStatusRunsTheIntentWithItsGuard() {
        assertThat(active.moveTo(OfficerStatus.SUSPENDED).status()).isEqualTo(OfficerStatus.SUSPENDED);
        assertThat(active.moveTo(OfficerStatus.REVOKED).status()).isEqualTo(OfficerStatus.REVOKED);
        assertThatThrownBy(() -> active.moveTo(OfficerStatus.ACTIVE)).isInstanceOf(ProblemException.class);
    }
}
