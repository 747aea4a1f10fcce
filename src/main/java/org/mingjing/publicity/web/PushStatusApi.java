package org.mingjing.publicity.web;

import org.mingjing.publicity.PushHealth;
import org.mingjing.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the push to the province's enforcement-publicity platform stands, within the caller's reach. */
@RestController
class PushStatusApi {

    private final PushHealth health;

    PushStatusApi(PushHealth health) {
        this.health = health;
    }

    /**
     * {@code {enabled, pending, delivered, failing, stuck, oldestPendingAt, lastError}} for heads (their agency),
     * supervisors (their reach) and the system administrator (everything); 403 for others.
     */
    @GetMapping("/api/publicity/push-status")
    PushHealth.Status status() {
        return health.statusFor(Caller.require());
    }
}
