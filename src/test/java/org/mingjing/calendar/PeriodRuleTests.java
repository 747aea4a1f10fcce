package org.mingjing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every period of the LAW.md §1 table, with its length, unit and a deadline computed on the official calendar. */
class PeriodRuleTests {

    private final CalendarSnapshot calendar = OfficialCalendar.snapshot();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "PUBLISH_ENFORCEMENT_DECISION, 20, WORKING_DAYS",
            "PUBLISH_LICENSING_DECISION, 7, WORKING_DAYS",
            "PUBLISH_PENALTY_DECISION, 7, WORKING_DAYS",
            "UPDATE_AFTER_CHANGE, 20, WORKING_DAYS",
            "WITHDRAW_PUBLICATION, 20, WORKING_DAYS",
            "WITHDRAW_PENALTY_PUBLICATION, 3, WORKING_DAYS",
            "CORRECT_PUBLICATION, 20, WORKING_DAYS",
            "ANNUAL_STATISTICS_REPORT, 1, FIXED_DATE",
            "PENALTY_DECISION, 90, CALENDAR_DAYS",
            "DELIVERY_TO_ABSENT_PARTY, 7, WORKING_DAYS",
            "HEARING_REQUEST, 5, WORKING_DAYS",
            "HEARING_NOTICE, 7, WORKING_DAYS",
            "PRESERVATION_DISPOSAL, 7, WORKING_DAYS",
            "FINE_PAYMENT, 15, CALENDAR_DAYS",
            "LIMITATION, 2, YEARS",
            "LIMITATION_LIFE_HEALTH_FINANCE, 5, YEARS",
            "LICENSING_DECISION, 20, WORKING_DAYS",
            "LICENSING_DECISION_EXTENDED, 30, WORKING_DAYS",
            "NOTIFY_MISSING_MATERIALS, 5, WORKING_DAYS",
            "ISSUE_LICENCE, 10, WORKING_DAYS",
            "SEIZURE, 30, CALENDAR_DAYS",
            "SEIZURE_EXTENDED, 60, CALENDAR_DAYS",
            "RECONSIDERATION_APPLICATION, 60, CALENDAR_DAYS",
            "LITIGATION, 6, MONTHS",
            "PUBLISH_INSPECTION_RESULTS, 20, WORKING_DAYS",
    })
    void ruleHasTheLengthAndUnitOfTheLaw(String code, int length, PeriodUnit unit) {
        PeriodRule rule = PeriodRule.byCode(code).orElseThrow();

        assertThat(rule.length()).isEqualTo(length);
        assertThat(rule.unit()).isEqualTo(unit);
    }

    @Test
    void catalogueHoldsOneRuleForEveryCountedPeriodOfTheLaw() {
        assertThat(PeriodRule.values()).hasSize(25);
    }

    @ParameterizedTest(name = "{0} from {1} ends {2}")
    @CsvSource({
            "PUBLISH_ENFORCEMENT_DECISION, 2024-09-27, 2024-10-30",
            "PUBLISH_LICENSING_DECISION, 2024-09-27, 2024-10-12",
            "PUBLISH_PENALTY_DECISION, 2024-09-27, 2024-10-12",
            "UPDATE_AFTER_CHANGE, 2024-09-27, 2024-10-30",
            "WITHDRAW_PUBLICATION, 2024-09-27, 2024-10-30",
            "WITHDRAW_PENALTY_PUBLICATION, 2024-09-27, 2024-10-08",
            "CORRECT_PUBLICATION, 2024-09-27, 2024-10-30",
            "PENALTY_DECISION, 2024-07-03, 2024-10-08",
            "DELIVERY_TO_ABSENT_PARTY, 2024-09-27, 2024-10-12",
            "HEARING_REQUEST, 2024-09-27, 2024-10-10",
            "PRESERVATION_DISPOSAL, 2024-09-27, 2024-10-12",
            "FINE_PAYMENT, 2024-09-20, 2024-10-08",
            "LIMITATION, 2022-10-01, 2024-10-08",
            "LIMITATION_LIFE_HEALTH_FINANCE, 2019-10-05, 2024-10-08",
            "LICENSING_DECISION, 2024-09-27, 2024-10-30",
            "LICENSING_DECISION_EXTENDED, 2024-09-27, 2024-11-13",
            "NOTIFY_MISSING_MATERIALS, 2024-09-27, 2024-10-10",
            "ISSUE_LICENCE, 2024-09-27, 2024-10-16",
            "SEIZURE, 2024-09-01, 2024-10-08",
            "SEIZURE_EXTENDED, 2024-08-02, 2024-10-08",
            "RECONSIDERATION_APPLICATION, 2024-03-03, 2024-05-06",
            "LITIGATION, 2024-04-01, 2024-10-08",
            "PUBLISH_INSPECTION_RESULTS, 2024-09-27, 2024-10-30",
    })
    void ruleEndsOnTheDayTheLawSays(String code, String from, String expected) {
        Deadline deadline = calendar.deadline(LocalDate.parse(from), PeriodRule.byCode(code).orElseThrow());

        assertThat(deadline.deadline()).isEqualTo(LocalDate.parse(expected));
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.rule().code()).isEqualTo(code);
    }

    @Test
    void hearingNoticeGoesOutSevenWorkingDaysBeforeTheHearingCountingAdjustedWeekendDays() {
        Deadline deadline = calendar.deadline(LocalDate.parse("2024-10-14"), PeriodRule.HEARING_NOTICE);

        assertThat(deadline.deadline()).isEqualTo(LocalDate.parse("2024-09-29"));
        assertThat(deadline.firstDay()).isEqualTo(LocalDate.parse("2024-09-29"));
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.parse("2024-10-13"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void penaltyWithdrawalIsStricterThanTheGeneralWithdrawalAndCitesArticlesFortyEightAndEightyFive()
            throws IOException {
        assertThat(PeriodRule.WITHDRAW_PENALTY_PUBLICATION.length()).isLessThan(PeriodRule.WITHDRAW_PUBLICATION.length());
        assertThat(bundle("/i18n/calendar.properties").getProperty(PeriodRule.WITHDRAW_PENALTY_PUBLICATION.citationKey()))
                .contains("行政处罚法第四十八条", "第八十五条");
    }

    @Test
    void annualReportIsDueOnThirtyFirstJanuaryOfTheNextYearEvenInTheSpringFestival() {
        Deadline deadline = calendar.deadline(LocalDate.parse("2024-06-15"), PeriodRule.ANNUAL_STATISTICS_REPORT);

        assertThat(deadline.deadline()).as("a fixed date does not roll").isEqualTo(LocalDate.parse("2025-01-31"));
        assertThat(calendar.isWorkingDay(deadline.deadline())).isFalse();
        assertThat(calendar.deadline(LocalDate.parse("2024-12-31"), PeriodRule.ANNUAL_STATISTICS_REPORT).deadline())
                .isEqualTo(LocalDate.parse("2025-01-31"));
        assertThat(calendar.deadline(LocalDate.parse("2026-03-01"), PeriodRule.ANNUAL_STATISTICS_REPORT).provisional())
                .isTrue();
    }

    @Test
    void monthsEndOnTheLastDayOfAShorterMonth() {
        assertThat(calendar.deadline(LocalDate.parse("2024-08-31"), PeriodRule.LITIGATION).deadline())
                .isEqualTo(LocalDate.parse("2025-02-28"));
    }

    @Test
    void yearsFromALeapDayEndOnTheTwentyEighthOfFebruaryAnAdjustedSaturdayIn2026() {
        assertThat(calendar.deadline(LocalDate.parse("2024-02-29"), PeriodRule.LIMITATION).deadline())
                .isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void onlyCountedPeriodsRollAndWorkingDayPeriodsNeedNot() {
        for (PeriodRule rule : PeriodRule.values()) {
            boolean expected = rule.unit() == PeriodUnit.CALENDAR_DAYS || rule.unit() == PeriodUnit.MONTHS
                    || rule.unit() == PeriodUnit.YEARS;
            assertThat(rule.rollsToWorkingDay()).as(rule.code()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(PeriodRule.class)
    void everyRuleHasANameAndACitationInChineseAndEnglish(PeriodRule rule) throws IOException {
        for (String bundle : new String[] { "/i18n/calendar.properties", "/i18n/calendar_en.properties" }) {
            Properties messages = bundle(bundle);
            assertThat(messages.getProperty(rule.nameKey())).as(bundle + " " + rule.nameKey()).isNotBlank();
            assertThat(messages.getProperty(rule.citationKey())).as(bundle + " " + rule.citationKey()).isNotBlank();
        }
    }

    @Test
    void codesAreUpperSnakeCase() {
        Set<String> bad = Arrays.stream(PeriodRule.values()).map(PeriodRule::code)
                .filter(code -> !code.matches("[A-Z]+(_[A-Z]+)*")).collect(Collectors.toSet());
        assertThat(bad).isEmpty();
    }

    @Test
    void unknownCodesFindNoRule() {
        assertThat(PeriodRule.byCode("NO_SUCH_RULE")).isEmpty();
        assertThat(PeriodRule.byCode(null)).isEmpty();
        assertThat(PeriodRule.byCode(" FINE_PAYMENT ")).contains(PeriodRule.FINE_PAYMENT);
    }

    static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PeriodRuleTests.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
