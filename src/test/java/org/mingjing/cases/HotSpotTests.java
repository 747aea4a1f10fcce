package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The township of a place and the rule of a hot spot, with numbers worked by hand. */
class HotSpotTests {

    @Test
    void theTownshipIsTheCountyAndTheFirstRunEndingInATownshipWord() {
        assertThat(HotSpotPlaces.township("陕州区西张村镇东坡村")).contains("陕州区西张村镇");
        assertThat(HotSpotPlaces.township("陕州区西李村乡南沟村")).contains("陕州区西李村乡");
        assertThat(HotSpotPlaces.township("灵宝市函谷关镇后地村")).contains("灵宝市函谷关镇");
        assertThat(HotSpotPlaces.township("湖滨区湖滨街道王家村")).contains("湖滨区湖滨街道");
        assertThat(HotSpotPlaces.township("湖滨区交口乡南沟村5组")).contains("湖滨区交口乡");
        assertThat(HotSpotPlaces.township("河南省三门峡市湖滨区前进街道和平路1号")).contains("湖滨区前进街道");
        assertThat(HotSpotPlaces.township("交口乡南沟村")).contains("交口乡");
        assertThat(HotSpotPlaces.township("卢氏县城关镇")).contains("卢氏县城关镇");
    }

    @Test
    void aPlaceWithoutATownshipHasNone() {
        assertThat(HotSpotPlaces.township("湖滨区黄河路18号")).isEmpty();
        assertThat(HotSpotPlaces.township("湖滨区")).isEmpty();
        assertThat(HotSpotPlaces.township("")).isEmpty();
        assertThat(HotSpotPlaces.township(null)).isEmpty();
    }

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
