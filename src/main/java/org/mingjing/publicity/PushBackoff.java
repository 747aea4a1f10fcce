package org.mingjing.publicity;

import java.time.Duration;

/**
 * How long a message of the push waits after a failed try: {@code base} after the first failure, doubling after each
 * further one up to {@code max}, with up to {@code jitter} of the wait taken off at random so that messages that
 * failed together (the platform was down) do not all come back in the same second. With a jitter below one half
 * the shortest wait after a failure is still longer than the longest after the one before, so the wait grows with
 * every failure until it reaches the maximum.
 *
 * <p>A refusal the platform will give again until someone changes something (a 4xx other than 408, 409 and 429: a
 * wrong token, a wrong address, a payload it rejects) waits the maximum: the message is kept and tried again, since
 * a misconfigured platform must not lose data, without hammering it.
 */
record PushBackoff(Duration base, Duration max, double jitter) {

    /**
     * The wait after the {@code failures}-th failure in a row (1 for the first), given a uniform random number in
     * [0, 1) for the jitter.
     */
    Duration afterFailure(int failures, double random) {
        Duration wait = base;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        return withJitter(wait, random);
    }

    /** The wait after a refusal: the maximum, without jitter. */
    Duration afterRefusal() {
        return max;
    }

    /**
     * The wait when the platform said how long to wait ({@code Retry-After} in seconds, with a 429 or 503): the
     * longer of its wish and the backoff, never beyond the maximum.
     */
    Duration afterFailure(int failures, double random, Duration retryAfter) {
        Duration wait = afterFailure(failures, random);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(max) > 0 ? max : retryAfter;
        }
        return wait;
    }

    private Duration withJitter(Duration wait, double random) {
        long millis = wait.toMillis();
        return Duration.ofMillis(millis - Math.round(millis * jitter * random));
    }
}
