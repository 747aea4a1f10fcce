package org.mingjing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.shared.FieldProblem;

/** What a yearly holiday notice must look like before it may replace its year's calendar. */
class YearNoticePolicyTests {

    private static List<String> fields(YearNoticePolicy.Outcome outcome) {
        return outcome.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void everyOfficialNoticeFrom2019To2026PassesAsPublished() {
        for (int year : OfficialCalendar.years()) {
            List<NoticeDayDraft> drafts = OfficialCalendar.daysOf(year).stream()
                    .map(day -> new NoticeDayDraft(day.date().toString(), day.kind().name(), day.name())).toList();

            YearNoticePolicy.Outcome outcome = YearNoticePolicy.check(year, drafts);

            assertThat(outcome.problems()).as("notice %d", year).isEmpty();
            assertThat(outcome.days()).containsExactlyElementsOf(OfficialCalendar.daysOf(year));
        }
    }

    @Test
    void aNoticeMayReachThirtyOneDaysIntoTheDecemberBefore() {
        assertThat(YearNoticePolicy.check(2019, List.of(new NoticeDayDraft("2018-12-01", "OFF", "元旦"))).problems())
                .isEmpty();
        assertThat(fields(YearNoticePolicy.check(2019, List.of(new NoticeDayDraft("2018-11-30", "OFF", "元旦")))))
                .containsExactly("[0].date");
        assertThat(fields(YearNoticePolicy.check(2019, List.of(new NoticeDayDraft("2020-01-01", "OFF", "元旦")))))
                .containsExactly("[0].date");
    }

    @Test
    void anAdjustedWorkingDayMustBeASaturdayOrSunday() {
        YearNoticePolicy.Outcome outcome = YearNoticePolicy.check(2024, List.of(
                new NoticeDayDraft("2024-10-12", "WORK", "国庆节"),
                new NoticeDayDraft("2024-10-14", "WORK", "国庆节")));

        assertThat(outcome.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[1].kind", "calendar.validation.work-on-weekday"));
    }

    @Test
    void everyFaultIsReportedWithTheIndexOfItsRow() {
        YearNoticePolicy.Outcome outcome = YearNoticePolicy.check(2024, java.util.Arrays.asList(
                new NoticeDayDraft("2024-10-01", "OFF", "国庆节"),
                new NoticeDayDraft("2024/10/02", "OFF", "国庆节"),
                new NoticeDayDraft("2024-10-03", "off", "国庆节"),
                new NoticeDayDraft("2024-10-01", "OFF", "国庆节"),
                new NoticeDayDraft("2024-10-04", "OFF", ""),
                new NoticeDayDraft("2024-10-05", "OFF", "一二三四五六七八九十一二三四五六七八九十一"),
                new NoticeDayDraft(null, null, null),
                null));

        assertThat(fields(outcome)).containsExactly("[1].date", "[2].kind", "[3].date", "[4].name", "[5].name",
                "[6].date", "[6].kind", "[6].name", "[7]");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.problems().get(2).args()).containsExactly("0");
    }

    @Test
    void namesUpToTwentyCharactersAreAcceptedAndTrimmed() {
        YearNoticePolicy.Outcome outcome = YearNoticePolicy.check(2024,
                List.of(new NoticeDayDraft(" 2024-10-05 ", " OFF ", " " + String.join("", Collections.nCopies(20, "节")) + " ")));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.days().get(0).name()).hasSize(20);
    }

    @Test
    void anEmptyNoticeIsRefused() {
        assertThat(fields(YearNoticePolicy.check(2024, List.of()))).containsExactly("days");
        assertThat(fields(YearNoticePolicy.check(2024, null))).containsExactly("days");
    }

    @Test
    void onlyYearsFrom2000To2100MayBeLoaded() {
        assertThat(YearNoticePolicy.yearInRange(1999)).isFalse();
        assertThat(YearNoticePolicy.yearInRange(2000)).isTrue();
        assertThat(YearNoticePolicy.yearInRange(2100)).isTrue();
        assertThat(YearNoticePolicy.yearInRange(2101)).isFalse();
    }

    @Test
    void aValidNoticeYieldsItsDaysInTheOrderGiven() {
        List<NoticeDayDraft> drafts = new ArrayList<>();
        drafts.add(new NoticeDayDraft("2027-10-01", "OFF", "国庆节"));
        drafts.add(new NoticeDayDraft("2027-09-26", "WORK", "国庆节"));

        YearNoticePolicy.Outcome outcome = YearNoticePolicy.check(2027, drafts);

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.days()).extracting(NoticeDay::kind).containsExactly(DayKind.OFF, DayKind.WORK);
        assertThat(outcome.rows()).containsEntry(java.time.LocalDate.parse("2027-09-26"), 1);
    }
}
