package org.mingjing.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mingjing.calendar.NoticeDay;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The calendar API of API.md, over real HTTP, on whichever database the run is configured with. */
@IntegrationTest
class CalendarApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StatutoryCalendar calendar;

    Api http;

    @BeforeEach
    void setUp() {
        http = new Api(port);
    }

    @Test
    void dayOffCarriesTheHolidayName() {
        Api.Response response = http.get("/api/public/calendar/days/2024-10-01", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("date")).isEqualTo("2024-10-01");
        assertThat(response.json().get("workingDay").asBoolean()).isFalse();
        assertThat(response.text("holidayName")).isEqualTo("国庆节");
        assertThat(response.json().get("adjustedWorkday").asBoolean()).isFalse();
    }

    @Test
    void adjustedSaturdayIsAWorkingDayWithoutAHolidayName() {
        JsonNode day = http.get("/api/public/calendar/days/2024-10-12", null).json();

        assertThat(day.get("workingDay").asBoolean()).isTrue();
        assertThat(day.has("holidayName")).as("holidayName is present, as null").isTrue();
        assertThat(day.get("holidayName").isNull()).isTrue();
        assertThat(day.get("adjustedWorkday").asBoolean()).isTrue();
    }

    @Test
    void sevenWorkingDaysAfterNationalDayEveEndOnTheAdjustedSaturday() {
        Api.Response response = http.get("/api/public/calendar/deadline?from=2024-09-27&days=7&unit=WORKING_DAYS", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("from")).isEqualTo("2024-09-27");
        assertThat(response.json().get("days").asInt()).isEqualTo(7);
        assertThat(response.text("unit")).isEqualTo("WORKING_DAYS");
        assertThat(response.text("deadline")).isEqualTo("2024-10-12");
        assertThat(response.json().get("provisional").asBoolean()).isFalse();
        assertThat(response.json().has("rule")).isFalse();
    }

    @Test
    void ninetyCalendarDaysEndingInTheNationalDayHolidayRollToOctoberEighth() {
        JsonNode deadline = http.get("/api/public/calendar/deadline?from=2024-07-03&days=90&unit=CALENDAR_DAYS", null).json();

        assertThat(deadline.get("deadline").asString()).isEqualTo("2024-10-08");
    }

    @Test
    void ruleTakesItsDaysAndUnitAndNamesItsArticle() {
        Api.Response response = http.get("/api/public/calendar/deadline?from=2024-07-03&rule=PENALTY_DECISION", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("deadline")).isEqualTo("2024-10-08");
        assertThat(response.json().get("days").asInt()).isEqualTo(90);
        assertThat(response.text("unit")).isEqualTo("CALENDAR_DAYS");
        assertThat(response.text("rule")).isEqualTo("PENALTY_DECISION");
        assertThat(response.text("citation")).isEqualTo("行政处罚法第六十条");
    }

    @Test
    void periodReachingAYearWithoutANoticeIsProvisional() {
        JsonNode deadline = http.get("/api/public/calendar/deadline?from=2026-12-20&days=20&unit=WORKING_DAYS", null).json();

        assertThat(deadline.get("provisional").asBoolean()).isTrue();
        assertThat(deadline.get("deadline").asString()).isEqualTo("2027-01-15");
    }

    @Test
    void rulesListEveryPeriodWithNameDaysUnitAndCitation() {
        Api.Response response = http.get("/api/public/calendar/rules", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().size()).isEqualTo(25);
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        response.json().forEach(rule -> byCode.put(rule.get("code").asString(), rule));
        for (JsonNode rule : byCode.values()) {
            assertThat(rule.get("name").asString()).isNotBlank();
            assertThat(rule.get("citation").asString()).isNotBlank();
            assertThat(rule.get("unit").asString()).isIn("WORKING_DAYS", "CALENDAR_DAYS", "MONTHS", "YEARS",
                    "FIXED_DATE");
        }
        assertThat(byCode.get("FINE_PAYMENT").get("days").asInt()).isEqualTo(15);
        assertThat(byCode.get("FINE_PAYMENT").get("unit").asString()).isEqualTo("CALENDAR_DAYS");
        assertThat(byCode.get("WITHDRAW_PENALTY_PUBLICATION").get("citation").asString())
                .contains("行政处罚法第四十八条", "第八十五条");
        assertThat(byCode.get("LITIGATION").get("unit").asString()).isEqualTo("MONTHS");
        assertThat(byCode.get("ANNUAL_STATISTICS_REPORT").get("days").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/public/calendar/deadline?days=7&unit=WORKING_DAYS | from",
            "/api/public/calendar/deadline?from=2024-02-30&days=7&unit=WORKING_DAYS | from",
            "/api/public/calendar/deadline?from=yesterday&days=7&unit=WORKING_DAYS | from",
            "/api/public/calendar/deadline?from=2024-09-27&days=-1&unit=WORKING_DAYS | days",
            "/api/public/calendar/deadline?from=2024-09-27&days=3651&unit=WORKING_DAYS | days",
            "/api/public/calendar/deadline?from=2024-09-27&days=seven&unit=WORKING_DAYS | days",
            "/api/public/calendar/deadline?from=2024-09-27&days=7&unit=MONTHS | unit",
            "/api/public/calendar/deadline?from=2024-09-27&days=7&unit=HOURS | unit",
            "/api/public/calendar/deadline?from=2024-09-27&days=7 | unit",
            "/api/public/calendar/deadline?from=2024-09-27&rule=NO_SUCH_RULE | rule",
            "/api/public/calendar/deadline?from=2024-09-27&rule=FINE_PAYMENT&days=7&unit=WORKING_DAYS | days",
            "/api/public/calendar/deadline?from=2024-09-27 | rule",
            "/api/public/calendar/deadline?from=2024-09-27&rule=FINE_PAYMENT&unit=WORKING_DAYS | unit",
            "/api/public/calendar/days/2024-13-01 | date",
            "/api/public/calendar/days/today | date",
    })
    void badInputIsA400ProblemInChineseNamingTheField(String path, String field) {
        Api.Response response = http.get(path, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
        assertThat(response.text("title")).isEqualTo("请求有误");
        assertThat(response.text("detail")).containsPattern("\\p{IsHan}");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).containsPattern("\\p{IsHan}");
        });
        assertThat(fields).contains(field);
    }

    /**
     * Anonymous writes to the API meet the CSRF check of the browser session before authentication, so the refusal
     * is 403 rather than 401 (the identity module's security configuration decides which); either way nothing
     * changes.
     */
    @Test
    void replacingAYearWithoutSigningInIsRefusedAndChangesNothing() {
        String body = Api.json(List.of(Map.of("date", "2024-10-14", "kind", "OFF", "name", "测试")));

        assertThat(http.put("/api/calendar/years/2024", null, body).status()).isIn(401, 403);
        assertThat(http.get("/api/public/calendar/days/2024-10-14", null).json().get("workingDay").asBoolean()).isTrue();
    }

    @Test
    void onlyTheSystemAdministratorMayReplaceAYear() {
        String body = Api.json(List.of(Map.of("date", "2024-10-14", "kind", "OFF", "name", "测试")));

        Api.Response response = http.put("/api/calendar/years/2024", "hubin.officer1", body);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/public/calendar/days/2024-10-14", null).json().get("workingDay").asBoolean()).isTrue();
    }

    @Test
    void administratorReplacesAYearAndDeadlinesMoveAndTheAuditLogRecordsIt() {
        List<NoticeDay> original = calendar.notice(2024);
        String source = calendar.loadedYear(2024).orElseThrow().notice();
        String deadline = "/api/public/calendar/deadline?from=2024-09-27&days=7&unit=WORKING_DAYS";
        assertThat(http.get(deadline, null).text("deadline")).isEqualTo("2024-10-12");
        List<Map<String, String>> changed = new ArrayList<>(rows(original));
        changed.removeIf(row -> row.get("date").equals("2024-10-12"));
        changed.add(Map.of("date", "2024-10-14", "kind", "OFF", "name", "测试假日"));
        Instant before = Instant.now().minusSeconds(1);
        try {
            Api.Response response = http.put("/api/calendar/years/2024", "sysadmin",
                    Api.json(changed));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("year").asInt()).isEqualTo(2024);
            assertThat(response.json().get("days").asInt()).isEqualTo(changed.size());
            assertThat(response.json().get("loaded").asBoolean()).isTrue();
            assertThat(http.get(deadline, null).text("deadline")).as("10-12 is a Saturday off, 10-14 a holiday now")
                    .isEqualTo("2024-10-15");
            assertThat(http.get("/api/public/calendar/days/2024-10-14", null).text("holidayName")).isEqualTo("测试假日");
            assertThat(auditedYearReplacement(before)).isTrue();
        } finally {
            String restore = "/api/calendar/years/2024" + (source == null ? "" : "?notice=" + Api.q(source));
            assertThat(http.put(restore, "sysadmin", Api.json(rows(original))).status()).isEqualTo(200);
        }
        assertThat(http.get(deadline, null).text("deadline")).isEqualTo("2024-10-12");
    }

    @Test
    void aNoticeWithFaultyRowsIsRefusedRowByRowAndChangesNothing() {
        List<NoticeDay> original = calendar.notice(2024);
        List<Map<String, String>> rows = List.of(
                Map.of("date", "2024-10-14", "kind", "OFF", "name", "测试假日"),
                Map.of("date", "2024-02-30", "kind", "OFF", "name", "春节"),
                Map.of("date", "2024-10-15", "kind", "HOLIDAY", "name", "国庆节"),
                Map.of("date", "2024-10-16", "kind", "WORK", "name", "国庆节"),
                Map.of("date", "2024-10-14", "kind", "OFF", "name", "重复"),
                Map.of("date", "2025-01-01", "kind", "OFF", "name", "元旦"),
                Map.of("date", "2024-10-17", "kind", "OFF", "name", " "),
                Map.of("date", "2024-10-18", "kind", "OFF", "name", "这是一个名字长度超过了二十个字的节日名称测试"));

        Api.Response response = http.put("/api/calendar/years/2024", "sysadmin", Api.json(rows));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).containsPattern("\\p{IsHan}");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("[1].date", "[2].kind", "[3].kind", "[4].date", "[5].date", "[6].name",
                "[7].name");
        assertThat(fields).doesNotContain("[0].date", "[0].kind", "[0].name");
        assertThat(calendar.notice(2024)).isEqualTo(original);
        assertThat(http.get("/api/public/calendar/days/2024-10-14", null).json().get("workingDay").asBoolean()).isTrue();
    }

    @Test
    void aYearOutsideTheSupportedRangeOrAnEmptyNoticeIsRefused() {
        String body = Api.json(List.of(Map.of("date", "1999-10-01", "kind", "OFF", "name", "国庆节")));

        assertThat(http.put("/api/calendar/years/1999", "sysadmin", body).status()).isEqualTo(400);
        assertThat(http.put("/api/calendar/years/twenty", "sysadmin", body).status()).isEqualTo(400);
        Api.Response empty = http.put("/api/calendar/years/2030", "sysadmin", "[]");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(http.put("/api/calendar/years/2030", "sysadmin", "{not json").status()).isEqualTo(400);
        assertThat(calendar.isLoaded(2030)).isFalse();
    }

    private boolean auditedYearReplacement(Instant since) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            JsonNode events = http.get("/api/security-events?type=CALENDAR_YEAR_REPLACED&username=sysadmin",
                    "auditor").json();
            for (JsonNode event : events.get("items")) {
                if ("2024".equals(event.get("subject").asString())
                        && !Instant.parse(event.get("occurredAt").asString()).isBefore(since)) {
                    return true;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static List<Map<String, String>> rows(List<NoticeDay> days) {
        return days.stream().map(day -> Map.of("date", day.date().toString(), "kind", day.kind().name(), "name",
                day.name())).toList();
    }
}
