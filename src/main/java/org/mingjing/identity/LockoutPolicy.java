package org.mingjing.identity;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated failed sign-ins: by default 5 failures lock it for 30 minutes, the
 * practice of the 等保 2.0 level-3 baseline (GB/T 22239-2019 §8.1.4.1 b: 登录失败处理功能).
 */
@Component
class LockoutPolicy {

    private final int maxFailures;
    private final Duration duration;

    LockoutPolicy(@Value("${mingjing.security.lockout.max-failures:5}") int maxFailures,
            @Value("${mingjing.security.lockout.duration:30m}") Duration duration) {
        this.maxFailures = maxFailures;
        this.duration = duration;
    }

    /** Whether this many consecutive failures lock the account. */
    boolean locksAfter(int failures) {
        return failures >= maxFailures;
    }

    Duration duration() {
        return duration;
    }
}
