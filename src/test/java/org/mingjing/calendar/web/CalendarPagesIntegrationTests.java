package org.mingjing.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.calendar.NoticeDay;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar's pages over real HTTP: month view, deadline calculator (full page and htmx fragment), editor. */
@IntegrationTest
class CalendarPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StatutoryCalendar calendar;

    CalendarHttp http;

    @BeforeEach
    void setUp() {
        http = new CalendarHttp(port);
    }

    @Test
    void monthViewShowsHolidaysAndAdjustedWorkingDaysWithoutLogin() {
        CalendarHttp.Response page = http.get("/calendar?month=2024-10");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2024年10月", "国庆节", "data-date=\"2024-10-12\"", ">班<", "id=\"legend\"")
                .doesNotContain("id=\"provisional-note\"");
        assertThat(page.body()).containsPattern("class=\"off\"[^>]*data-date=\"2024-10-01\"");
        assertThat(page.body()).containsPattern("class=\"work\"[^>]*data-date=\"2024-10-12\"");
        assertThat(page.body()).containsPattern("class=\"weekend\"[^>]*data-date=\"2024-10-19\"");
        assertThat(page.body()).contains("href=\"/calendar?month=2024-09\"", "href=\"/calendar?month=2024-11\"");
    }

    @Test
    void monthOfAYearWithoutANoticeCarriesTheProvisionalNote() {
        CalendarHttp.Response page = http.get("/calendar?month=2027-03");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"provisional-note\"", "2027年的国务院放假安排尚未载入");
    }

    @Test
    void monthViewDefaultsToTheCurrentMonthAndRefusesGarbage() {
        assertThat(http.get("/calendar").status()).isEqualTo(200);
        CalendarHttp.Response bad = http.get("/calendar?month=2024-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("不是有效月份");
    }

    @Test
    void calculatorWorksWithoutJavaScriptAsAFullPage() {
        CalendarHttp.Response page = http.get("/calendar/deadline?from=2024-09-27&rule=&days=7&unit=WORKING_DAYS");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"from\"", "id=\"rule\"", "id=\"days\"", "id=\"unit\"", "id=\"compute\"",
                "id=\"deadline-result\"", "<span id=\"deadline-date\">2024-10-12</span>", "星期六",
                "hx-get=\"/calendar/fragments/deadline-result\"");
        assertThat(page.body()).containsPattern("(?s)id=\"deadline-holidays\".*2024-10-01.*2024-10-07");
    }

    @Test
    void calculatorFragmentShowsTheRuleItsArticleAndTheSkippedHolidays() {
        CalendarHttp.Response fragment = http.get(
                "/calendar/fragments/deadline-result?from=2024-07-03&rule=PENALTY_DECISION&days=&unit=WORKING_DAYS");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"deadline-result\"",
                "<span id=\"deadline-date\">2024-10-08</span>", "行政处罚法第六十条", "立案后作出行政处罚决定",
                "国庆节");
    }

    @Test
    void calculatorWarnsWhenTheDeadlineIsProvisional() {
        CalendarHttp.Response fragment = http.get(
                "/calendar/fragments/deadline-result?from=2026-12-20&days=20&unit=WORKING_DAYS");

        assertThat(fragment.body()).contains("id=\"deadline-provisional\"", "2027-01-15");
    }

    @Test
    void calculatorExplainsBadInputInChinese() {
        CalendarHttp.Response fragment = http.get("/calendar/fragments/deadline-result?from=&days=99999&unit=WORKING_DAYS");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"deadline-errors\"", "起算日", "不能为空", "3650")
                .doesNotContain("id=\"deadline-date\"");
    }

    @Test
    void yearEditorAsksForLogin() {
        CalendarHttp.Response page = http.get("/calendar/years/2024");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
    }

    @Test
    void officerMayNotOpenTheYearEditor() {
        http.signIn("hubin.officer1");

        assertThat(http.get("/calendar/years/2024").status()).isEqualTo(403);
    }

    @Test
    void administratorEditsAYearInTheEditorAndFaultsAreReportedByLine() {
        List<NoticeDay> original = calendar.notice(2024);
        String source = Objects.requireNonNullElse(calendar.loadedYear(2024).orElseThrow().notice(), "");
        http.signIn("sysadmin");

        CalendarHttp.Response editor = http.get("/calendar/years/2024");
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body()).contains("id=\"lines\"", "2024-10-12,WORK,国庆节");

        CalendarHttp.Response refused = http.postForm("/calendar/years/2024", Map.of(
                "_csrf", CalendarHttp.csrfToken(editor.body()), "notice", "",
                "lines", "2024-10-01,OFF,国庆节\n2024-10-02,OFF\n2024-10-16,WORK,国庆节\n"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"editor-errors\"", "第 2 行", "第 3 行", "调休上班日须为星期六或星期日");
        assertThat(calendar.notice(2024)).isEqualTo(original);

        String lines = original.stream().map(day -> day.date() + "," + day.kind() + "," + day.name())
                .collect(Collectors.joining("\n"));
        CalendarHttp.Response saved = http.postForm("/calendar/years/2024", Map.of(
                "_csrf", CalendarHttp.csrfToken(editor.body()), "notice", source, "lines", lines));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/calendar/years/2024");
        assertThat(http.get("/calendar/years/2024").body()).contains("id=\"saved\"", source);
        assertThat(calendar.notice(2024)).isEqualTo(original);
    }
}
