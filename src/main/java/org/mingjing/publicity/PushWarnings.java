package org.mingjing.publicity;

import java.util.List;

import org.mingjing.shared.Caller;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Component;

/**
 * Warns heads, supervisors and the system administrator when messages of their reach have not reached the
 * province's platform within {@code mingjing.publicity.push.stuck-after} (seed §二(一)7: 同步推送): the platform is down
 * or refuses them (a wrong address or token), and someone must look. The messages are kept and still tried.
 */
@Component
class PushWarnings implements WorkbenchWarnings {

    static final String LINK = "/api/publicity/push-status";

    private final PushHealth health;
    private final PushSettings settings;

    PushWarnings(PushHealth health, PushSettings settings) {
        this.health = health;
        this.settings = settings;
    }

    @Override
    public List<Warning> warningsFor(Caller caller) {
        long stuck = health.stuckFor(caller);
        if (stuck == 0) {
            return List.of();
        }
        long hours = settings.stuckAfter().toHours();
        return List.of(hours > 0
                ? new Warning("danger", "publicity.push.warning.stuck", new Object[] { stuck, hours }, LINK)
                : new Warning("danger", "publicity.push.warning.stuck-minutes",
                        new Object[] { stuck, settings.stuckAfter().toMinutes() }, LINK));
    }
}
