package org.mingjing.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Component;

/**
 * Tells those who answer for the record's integrity — administrators, the auditor and supervisors — when the log
 * was found inconsistent (no checkpoint is signed until it is investigated), when the latest whole-log
 * verification failed, and when none has been run for 30 days.
 */
@Component
class LedgerWarnings implements WorkbenchWarnings {

    private final Ledger ledger;
    private final LogVerifications verifications;
    private final Clock clock;

    LedgerWarnings(Ledger ledger, LogVerifications verifications, Clock clock) {
        this.ledger = ledger;
        this.verifications = verifications;
        this.clock = clock;
    }

    @Override
    public List<Warning> warningsFor(Caller caller) {
        boolean admin = caller.has(Role.SYSADMIN) || caller.has(Role.SECADMIN) || caller.has(Role.AUDITOR);
        if (!admin && !caller.has(Role.SUPERVISOR)) {
            return List.of();
        }
        String link = admin ? "/ledger" : "/portal/ledger";
        List<Warning> out = new ArrayList<>();
        ledger.refusedAt().ifPresent(at -> out.add(new Warning("danger", "ledger.warning.inconsistent",
                new Object[] { at.atZoneSameInstant(clock.getZone()).toLocalDateTime().withNano(0) }, link)));
        List<LogVerifications.Verification> recent = verifications.recent(1);
        if (!recent.isEmpty() && Boolean.FALSE.equals(recent.get(0).valid())) {
            out.add(new Warning("danger", "ledger.warning.verification-failed",
                    new Object[] { recent.get(0).findings().size() }, link));
        }
        if (admin && (recent.isEmpty()
                || recent.get(0).startedAt().isBefore(OffsetDateTime.now(clock).minusDays(30)))) {
            out.add(new Warning("info", "ledger.warning.verify-monthly", new Object[0], link));
        }
        return out;
    }
}
