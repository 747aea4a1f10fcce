package org.mingjing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counting rules of LAW.md §1, on the official calendar 2019–2026. */
class DeadlineCountingTests {

    private final CalendarSnapshot calendar = OfficialCalendar.snapshot();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void sevenWorkingDaysAfterNationalDayEveCountsTheAdjustedSaturday() {
        Deadline deadline = calendar.deadline(date("2024-09-27"), 7, PeriodUnit.WORKING_DAYS);

        assertThat(deadline.deadline()).isEqualTo(date("2024-10-12"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void ninetyCalendarDaysEndingOnNationalDayRollToTheFirstWorkingDayAfterTheHoliday() {
        Deadline deadline = calendar.deadline(date("2024-07-03"), 90, PeriodUnit.CALENDAR_DAYS);

        assertThat(deadline.deadline()).isEqualTo(date("2024-10-08"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void workingDaysAreWeekdaysWithoutHolidaysPlusAdjustedWeekendDays() {
        assertThat(calendar.isWorkingDay(date("2024-10-11"))).as("ordinary Friday").isTrue();
        assertThat(calendar.isWorkingDay(date("2024-10-19"))).as("ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(date("2024-10-03"))).as("National Day, a Thursday").isFalse();
        assertThat(calendar.isWorkingDay(date("2024-10-12"))).as("adjusted Saturday").isTrue();
        assertThat(calendar.isWorkingDay(date("2024-09-29"))).as("adjusted Sunday").isTrue();
    }

    @Test
    void dayReportsTheHolidayNameOnlyOnDaysOff() {
        CalendarDay holiday = calendar.day(date("2024-10-01"));
        CalendarDay adjusted = calendar.day(date("2024-10-12"));
        CalendarDay ordinary = calendar.day(date("2024-10-15"));

        assertThat(holiday.holidayName()).isEqualTo("国庆节");
        assertThat(holiday.adjustedWorkday()).isFalse();
        assertThat(adjusted.holidayName()).isNull();
        assertThat(adjusted.adjustedWorkday()).isTrue();
        assertThat(ordinary.holidayName()).isNull();
        assertThat(ordinary.adjustedWorkday()).isFalse();
        assertThat(ordinary.loaded()).isTrue();
    }

    @Test
    void theStartDayIsNotCounted() {
        assertThat(calendar.deadline(date("2024-10-14"), 1, PeriodUnit.WORKING_DAYS).deadline())
                .isEqualTo(date("2024-10-15"));
        assertThat(calendar.deadline(date("2024-10-14"), 1, PeriodUnit.CALENDAR_DAYS).deadline())
                .isEqualTo(date("2024-10-15"));
    }

    @ParameterizedTest(name = "{2} working day(s) after {0} ({1}) is {3}")
    @CsvSource({
            "2024-10-03, a holiday, 1, 2024-10-08",
            "2024-10-07, the last holiday, 1, 2024-10-08",
            "2024-10-19, a Saturday, 1, 2024-10-21",
            "2024-10-20, a Sunday, 5, 2024-10-25",
            "2024-10-12, an adjusted Saturday, 1, 2024-10-14",
            "2024-10-11, the Friday before an adjusted Saturday, 1, 2024-10-12",
            "2024-12-30, a Monday before New Year, 3, 2025-01-03",
            "2024-02-09, the Friday before Spring Festival, 1, 2024-02-18",
    })
    void countingStartsAfterTheStartDayWhateverKindOfDayItIs(String from, String kind, int days, String expected) {
        assertThat(calendar.deadline(date(from), days, PeriodUnit.WORKING_DAYS).deadline()).isEqualTo(date(expected));
    }

    @Test
    void calendarDayPeriodEndingOnAWeekendEndsOnMonday() {
        assertThat(calendar.deadline(date("2024-10-04"), 15, PeriodUnit.CALENDAR_DAYS).deadline())
                .as("2024-10-19 is a Saturday").isEqualTo(date("2024-10-21"));
    }

    @Test
    void calendarDayPeriodEndingOnAnAdjustedSaturdayEndsThatSaturday() {
        assertThat(calendar.deadline(date("2024-10-02"), 10, PeriodUnit.CALENDAR_DAYS).deadline())
                .isEqualTo(date("2024-10-12"));
    }

    @Test
    void zeroWorkingDaysEndOnTheStartDay() {
        Deadline deadline = calendar.deadline(date("2024-10-03"), 0, PeriodUnit.WORKING_DAYS);

        assertThat(deadline.deadline()).isEqualTo(date("2024-10-03"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void zeroCalendarDaysOnAHolidayRollToTheNextWorkingDay() {
        assertThat(calendar.deadline(date("2024-10-03"), 0, PeriodUnit.CALENDAR_DAYS).deadline())
                .isEqualTo(date("2024-10-08"));
        assertThat(calendar.deadline(date("2024-10-14"), 0, PeriodUnit.CALENDAR_DAYS).deadline())
                .isEqualTo(date("2024-10-14"));
    }

    @Test
    void lateDecemberDaysOfANoticeCountForTheYearBefore() {
        assertThat(calendar.isWorkingDay(date("2018-12-29"))).as("adjusted Saturday of the 2019 notice").isTrue();
        assertThat(calendar.isWorkingDay(date("2018-12-31"))).as("New Year holiday of the 2019 notice").isFalse();
        assertThat(calendar.deadline(date("2018-12-28"), 2, PeriodUnit.WORKING_DAYS).deadline())
                .isEqualTo(date("2019-01-02"));
    }

    @Test
    void periodTouchingAnUnloadedYearIsProvisional() {
        Deadline crossing = calendar.deadline(date("2018-12-28"), 2, PeriodUnit.WORKING_DAYS);
        Deadline inside = calendar.deadline(date("2018-12-31"), 1, PeriodUnit.WORKING_DAYS);

        assertThat(crossing.provisional()).as("touches 2018, whose notice is not loaded").isTrue();
        assertThat(inside.deadline()).isEqualTo(date("2019-01-02"));
        assertThat(inside.provisional()).as("the start day is not part of the period").isFalse();
    }

    @Test
    void twentyWorkingDaysFromLateDecember2026CountPlainWeeksIn2027AndAreProvisional() {
        Deadline deadline = calendar.deadline(date("2026-12-20"), 20, PeriodUnit.WORKING_DAYS);

        assertThat(deadline.deadline()).as("2027-01-01 is counted as a plain Friday").isEqualTo(date("2027-01-15"));
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void periodInsideALoadedYearIsNotProvisional() {
        assertThat(calendar.deadline(date("2026-12-01"), 5, PeriodUnit.WORKING_DAYS).provisional()).isFalse();
    }

    @Test
    void anythingIn2027IsProvisional() {
        Deadline deadline = calendar.deadline(date("2027-03-01"), 1, PeriodUnit.CALENDAR_DAYS);

        assertThat(deadline.deadline()).isEqualTo(date("2027-03-02"));
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void aYearLoadedLaterMakesItsDeadlinesFinalAndMovesThem() {
        CalendarSnapshot with2027 = CalendarSnapshot.of(Set.of(2024, 2025, 2026, 2027),
                List.of(new NoticeDay(date("2027-01-01"), DayKind.OFF, "元旦")));

        Deadline deadline = with2027.deadline(date("2026-12-20"), 20, PeriodUnit.WORKING_DAYS);

        assertThat(deadline.deadline()).isEqualTo(date("2027-01-18"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void anEmptyCalendarCountsPlainWeeksAndEverythingIsProvisional() {
        Deadline deadline = CalendarSnapshot.empty().deadline(date("2024-09-27"), 7, PeriodUnit.WORKING_DAYS);

        assertThat(deadline.deadline()).isEqualTo(date("2024-10-08"));
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void datesFarOutsideThePrecomputedRangeStillCountPlainWeeks() {
        assertThat(calendar.deadline(date("1990-01-05"), 1, PeriodUnit.WORKING_DAYS).deadline())
                .isEqualTo(date("1990-01-08"));
        assertThat(calendar.deadline(date("2200-06-06"), 1, PeriodUnit.CALENDAR_DAYS).deadline())
                .as("2200-06-07 is a Saturday").isEqualTo(date("2200-06-09"));
        assertThat(calendar.deadline(date("1990-01-05"), 1, PeriodUnit.WORKING_DAYS).provisional()).isTrue();
        assertThat(calendar.isWorkingDay(date("1800-01-01"))).as("a Wednesday").isTrue();
    }

    @Test
    void negativeLengthsAndFixedDatesWithoutARuleAreRefused() {
        assertThatThrownBy(() -> calendar.deadline(date("2024-01-01"), -1, PeriodUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.deadline(date("2024-01-01"), 1, PeriodUnit.FIXED_DATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void precomputedCountingAgreesWithDayByDayCountingAcrossAndBeyondTheRange() {
        NaiveCalendar naive = new NaiveCalendar(OfficialCalendar.days());
        Random random = new Random(20241012);
        LocalDate base = date("1995-01-01");
        int span = (int) (date("2106-01-01").toEpochDay() - base.toEpochDay());
        for (int i = 0; i < 20_000; i++) {
            LocalDate from = base.plusDays(random.nextInt(span));
            int days = random.nextInt(i % 10 == 0 ? 3_651 : 60);
            assertThat(calendar.deadline(from, days, PeriodUnit.WORKING_DAYS).deadline())
                    .as("%d working days after %s", days, from).isEqualTo(naive.workingDaysAfter(from, days));
            assertThat(LocalDate.ofEpochDay(calendar.workingDaysBefore(from.toEpochDay(), days)))
                    .as("%d working days before %s", days, from).isEqualTo(naive.workingDaysBefore(from, days));
            assertThat(calendar.deadline(from, days, PeriodUnit.CALENDAR_DAYS).deadline())
                    .as("%d calendar days after %s", days, from).isEqualTo(naive.calendarDaysAfter(from, days));
        }
    }

    @Test
    void precomputedCountingAgreesAtTheEdgesOfTheRange() {
        NaiveCalendar naive = new NaiveCalendar(OfficialCalendar.days());
        for (LocalDate edge : List.of(CalendarSnapshot.FIRST, CalendarSnapshot.LAST)) {
            for (int offset = -12; offset <= 12; offset++) {
                LocalDate from = edge.plusDays(offset);
                for (int days = 0; days <= 30; days++) {
                    assertThat(calendar.deadline(from, days, PeriodUnit.WORKING_DAYS).deadline())
                            .as("%d working days after %s", days, from)
                            .isEqualTo(naive.workingDaysAfter(from, days));
                    assertThat(LocalDate.ofEpochDay(calendar.workingDaysBefore(from.toEpochDay(), days)))
                            .as("%d working days before %s", days, from)
                            .isEqualTo(naive.workingDaysBefore(from, days));
                    assertThat(calendar.deadline(from, days, PeriodUnit.CALENDAR_DAYS).deadline())
                            .as("%d calendar days after %s", days, from)
                            .isEqualTo(naive.calendarDaysAfter(from, days));
                }
            }
        }
    }

    @Test
    void loadedYearsAreThoseOfTheNotices() {
        assertThat(calendar.loadedYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }
}
