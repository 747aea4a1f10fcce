package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rule of a hot spot, with numbers worked by hand (the township of a place: {@link PlacesTests}). */
class HotSpotTests {

    @Test
    void aCountIsHotFromFiveCasesTwiceTheMeanAndTwoStandardDeviationsAbove() {
        // mean 12/12 = 1; squared deviations 0,1,1,0,1,0,4,0,1,1,0,1 = 10, sd = sqrt(10/12) = 0.913; 1 + 2 sd = 2.83
        int[] quiet = { 1, 0, 2, 1, 0, 1, 3, 1, 0, 2, 1, 0 };
        assertThat(HotSpots.mean(quiet)).isEqualTo(1.0);
        assertThat(HotSpots.sd(quiet, 1.0)).isCloseTo(0.9129, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(HotSpots.hot(5, quiet)).isTrue();
        assertThat(HotSpots.hot(4, quiet)).as("fewer than five").isFalse();
        // a steady 10: sd 0, so twice the mean (20) decides
        int[] steady = { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };
        assertThat(HotSpots.hot(19, steady)).isFalse();
        assertThat(HotSpots.hot(20, steady)).isTrue();
        // one busy period of 24: mean 2, variance (11 x 4 + 22^2) / 12 = 44, sd 6.63, mean + 2 sd = 15.27
        int[] spiky = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24 };
        assertThat(HotSpots.hot(15, spiky)).isFalse();
        assertThat(HotSpots.hot(16, spiky)).isTrue();
    }

    @Test
    void periodsAreThirtyDaysEndingToday() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(HotSpots.period(today, today)).isZero();
        assertThat(HotSpots.period(today, LocalDate.of(2026, 10, 30))).isZero();
        assertThat(HotSpots.period(today, LocalDate.of(2026, 10, 29))).isEqualTo(1);
        assertThat(HotSpots.period(today, today.minusDays(389))).isEqualTo(12);
    }
}
