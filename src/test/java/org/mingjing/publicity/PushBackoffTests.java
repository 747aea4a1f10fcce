package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mingjing.publicity.PushDispatcher.Verdict;

/**
 * The waits of the push between tries (10 s doubling to 1 h, up to a fifth taken off at random), and what each answer
 * of the platform means for the message.
 */
class PushBackoffTests {

    /** The largest value a uniform random number in [0, 1) takes. */
    static final double ALMOST_ONE = Math.nextDown(1.0);

    final PushBackoff backoff = new PushBackoff(Duration.ofSeconds(10), Duration.ofHours(1), 0.2);

    @Test
    void waitsTheBaseAfterTheFirstFailureAndDoublesAfterEachFurtherOne() {
        assertThat(backoff.afterFailure(1, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.afterFailure(2, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.afterFailure(3, 0)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.afterFailure(4, 0)).isEqualTo(Duration.ofSeconds(80));
        assertThat(backoff.afterFailure(9, 0)).isEqualTo(Duration.ofSeconds(2560));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.afterFailure(10, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.afterFailure(11, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.afterFailure(Integer.MAX_VALUE, 0)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterTakesOffUpToItsShareAndNothingMore() {
        assertThat(backoff.afterFailure(1, ALMOST_ONE)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.afterFailure(1, 0.5)).isEqualTo(Duration.ofSeconds(9));
        assertThat(backoff.afterFailure(12, ALMOST_ONE)).isEqualTo(Duration.ofMinutes(48));
    }

    @Test
    void theWaitGrowsWithEveryFailureWhateverTheJitterUntilTheMaximum() {
        Duration longestBefore = Duration.ZERO;
        for (int failures = 1; failures <= 9; failures++) {
            Duration shortest = backoff.afterFailure(failures, ALMOST_ONE);
            assertThat(shortest).as("after failure " + failures).isGreaterThan(longestBefore);
            longestBefore = backoff.afterFailure(failures, 0);
        }
    }

    @Test
    void aRefusalWaitsTheMaximumAtOnce() {
        assertThat(backoff.afterRefusal()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theWaitThePlatformAsksForIsHonouredUpToTheMaximum() {
        assertThat(backoff.afterFailure(1, 0, Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.afterFailure(1, 0, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.afterFailure(1, 0, Duration.ofDays(2))).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.afterFailure(1, 0, null)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void onlyA2xxDeliversByDefault() {
        assertThat(PushDispatcher.verdict(200, false)).isEqualTo(Verdict.DELIVERED);
        assertThat(PushDispatcher.verdict(201, false)).isEqualTo(Verdict.DELIVERED);
        assertThat(PushDispatcher.verdict(204, false)).isEqualTo(Verdict.DELIVERED);
        assertThat(PushDispatcher.verdict(409, false)).isEqualTo(Verdict.RETRY);
        assertThat(PushDispatcher.verdict(409, true)).isEqualTo(Verdict.DELIVERED);
    }

    @Test
    void troubleOfThePlatformIsRetriedAndARefusalKeptForTheLongWait() {
        for (int status : new int[] { 408, 429, 500, 502, 503, 504 }) {
            assertThat(PushDispatcher.verdict(status, false)).as("HTTP " + status).isEqualTo(Verdict.RETRY);
        }
        for (int status : new int[] { 301, 302, 400, 401, 403, 404, 405, 413, 415, 422 }) {
            assertThat(PushDispatcher.verdict(status, false)).as("HTTP " + status).isEqualTo(Verdict.REFUSED);
        }
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThat(settings("", 0.2).enabled()).isFalse();
        assertThat(settings("https://gkpt.example.cn/api/push", 0.2).enabled()).isTrue();
        assertThatThrownBy(() -> settings("ftp://gkpt.example.cn/push", 0.2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> settings("gkpt.example.cn/push", 0.2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> settings("", 0.5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jitter");
    }

    @Test
    void theTokenStaysOutOfTheSettingsText() {
        PushSettings s = new PushSettings("https://gkpt.example.cn/api/push", "Authorization", "Bearer s3cr3t",
                Duration.ofSeconds(5), Duration.ofSeconds(30), 50, Duration.ofSeconds(10), Duration.ofHours(1), 0.2,
                Duration.ofHours(24), false);
        assertThat(s.toString()).doesNotContain("s3cr3t").contains("gkpt.example.cn");
    }

    private static PushSettings settings(String url, double jitter) {
        return new PushSettings(url, "Authorization", "", Duration.ofSeconds(5), Duration.ofSeconds(30), 50,
                Duration.ofSeconds(10), Duration.ofHours(1), jitter, Duration.ofHours(24), false);
    }
}
