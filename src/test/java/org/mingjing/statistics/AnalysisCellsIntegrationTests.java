package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.publicity.PublicationTimeliness;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's stored months (issue 8; {@link AnalysisCells}): a month is counted once and stored, every change of
 * one of its cases (a step, a decision, a publication) drops it before the next dashboard reads it, a month that
 * counted a publication as pending is counted again once its last day has passed, and what the stored months add up
 * to is what counting the cases directly gives. One case of 湖滨区民政局 filed in May 2025, a month no other test
 * files in.
 */
@IntegrationTest
class AnalysisCellsIntegrationTests {

    static final String BASIS = StatisticsCases.BASIS;

    @LocalServerPort
    int port;
    @Autowired
    AnalysisCells cells;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredMonthIsDroppedByEveryChangeOfItsCasesAndAddsUpAsCountingDirectlyDoes() throws Exception {
        Api api = new Api(port);
        String officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        String hubin = api.get("/api/me", "hubin.officer1").text("agencyId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "该协会未按规定办理变更登记即开展活动。", "occurredOn": "2025-04-28", "filedOn": "2025-05-12",
                 "place": "湖滨区会兴街道会兴村", "illegalIncome": 1000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区月度测试协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "钱文博"}],
                 "officerIds": ["%s", "%s"]}""".formatted(officer1, officer2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.text("id");

        // Counted and stored: the case is filed, not decided.
        Api.Response first = api.get("/api/statistics/analysis?from=2025-05-01&to=2025-05-31", "hubin.head");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("totals").get("filed").asLong()).isEqualTo(1);
        assertThat(first.json().get("totals").get("decided").asLong()).isZero();
        assertThat(storedMonths(hubin)).isEqualTo(1);
        assertThat(marksOf(id)).as("the marks were dealt with").isZero();

        // Every step of the case drops the month; the next dashboard counts the decision.
        StatisticsCases.ok(api.post("/api/cases/" + id + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "2025-05-13", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": "钱文博", "content": "问：是否办理变更登记？答：没有。"}""".formatted(officer1, officer2)));
        assertThat(marksOf(id)).isPositive();
        StatisticsCases.ok(api.post("/api/cases/" + id + "/notice", "hubin.officer1", """
                {"servedOn": "2025-05-15", "proposedDecision": {"penalties": [{"kind": "FINE", "amount": 3000}],
                 "basis": "%s"}}""".formatted(BASIS)));
        StatisticsCases.ok(api.post("/api/cases/" + id + "/statements", "hubin.officer1",
                "{\"waived\": true, \"receivedOn\": \"2025-05-15\"}"));
        Api.Response decided = api.post("/api/cases/" + id + "/decision", "hubin.head", """
                {"decidedOn": "2025-05-26", "type": "PENALTY", "penalties": [{"kind": "FINE", "amount": 3000}],
                 "basis": "%s"}""".formatted(BASIS));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        // The publication of the decision is made after it (an event) and marks the case again.
        Api.Response second = null;
        for (int i = 0; i < 100; i++) {
            second = api.get("/api/statistics/analysis?from=2025-05-01&to=2025-05-31", "hubin.head");
            if (AnalysisIntegrationTests.publications(second.json()) == 1) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(second.json().get("totals").get("decided").asLong()).isEqualTo(1);
        assertThat(second.json().get("totals").get("penalised").asLong()).isEqualTo(1);
        assertThat(second.json().get("totals").get("fines").decimalValue()).isEqualByComparingTo("3000");
        assertThat(AnalysisIntegrationTests.publications(second.json())).isEqualTo(1);
        JsonAssert stages = new JsonAssert(second.json().get("stages"));
        assertThat(stages.find("FILING_TO_DECISION").get("cases").asLong()).isEqualTo(1);
        assertThat(stages.find("FILING_TO_DECISION").get("meanDays").decimalValue()).isEqualByComparingTo("14");

        // What the stored month holds is what counting the month's cases directly gives.
        List<String> scope = List.of(hubin);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(canonical(cells.counts(scope, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"), null,
                today))).isEqualTo(canonical(cells.live(scope, LocalDate.parse("2025-05-01"),
                        LocalDate.parse("2025-05-31"), null, today)));

        // Counted as on a day before the publication's last day, the publication is pending and the month holds
        // until that day; on a later day the month is counted again, and the publication is overdue.
        LocalDate dueBy = jdbc.sql("SELECT due_by FROM publication WHERE case_id = :c").param("c", id)
                .query(LocalDate.class).single();
        LocalDate before = LocalDate.parse("2025-05-27");
        assertThat(outcomes(cells.counts(scope, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"), null,
                before))).containsExactly(PublicationTimeliness.Outcome.PENDING);
        assertThat(jdbc.sql("SELECT pending_until FROM analysis_cell WHERE agency_id = :a AND matter_code = ''"
                + " AND month_start = :m").param("a", hubin).param("m", LocalDate.parse("2025-05-01"))
                .query(LocalDate.class).single()).isEqualTo(dueBy);
        assertThat(outcomes(cells.counts(scope, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"), null,
                dueBy))).as("on its last day it is still on time").containsExactly(
                        PublicationTimeliness.Outcome.PENDING);
        assertThat(outcomes(cells.counts(scope, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"), null,
                dueBy.plusDays(1)))).containsExactly(PublicationTimeliness.Outcome.OVERDUE);

        // A period whose ends cut months adds the stored whole months and the days counted directly.
        assertThat(canonical(cells.counts(scope, LocalDate.parse("2025-04-15"), LocalDate.parse("2025-06-10"), null,
                today))).isEqualTo(canonical(cells.live(scope, LocalDate.parse("2025-04-15"),
                        LocalDate.parse("2025-06-10"), null, today)));
        assertThat(cells.stored(scope, List.of(YearMonth.of(2025, 5)), today)).containsOnlyKeys(
                new org.mingjing.shared.AgencyMonth(hubin, YearMonth.of(2025, 5)));
        // A month stored by another version in another format is counted again, not misread.
        jdbc.sql("UPDATE analysis_cell SET figures = '{\"format\":0,\"counts\":{}}' WHERE agency_id = :a"
                + " AND month_start = :m").param("a", hubin).param("m", LocalDate.parse("2025-05-01")).update();
        assertThat(canonical(cells.counts(scope, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-31"), null,
                today))).isEqualTo(canonical(cells.live(scope, LocalDate.parse("2025-05-01"),
                        LocalDate.parse("2025-05-31"), null, today)));

        // What the job runs: every month of the agency from January 2025 to last month is stored.
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(2025, 1), YearMonth.from(today));
        assertThat(cells.warm(scope, YearMonth.of(2025, 1), today)).isEqualTo(months);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM analysis_cell WHERE agency_id = :a AND matter_code = ''"
                + " AND month_start >= :from AND month_start < :to").param("a", hubin)
                .param("from", LocalDate.parse("2025-01-01")).param("to", YearMonth.from(today).atDay(1))
                .query(Long.class).single()).isEqualTo(months);
    }

    long storedMonths(String agencyId) {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_cell WHERE agency_id = :a AND month_start = :m")
                .param("a", agencyId).param("m", LocalDate.parse("2025-05-01")).query(Long.class).single();
    }

    long marksOf(String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_mark WHERE case_id = :c").param("c", caseId)
                .query(Long.class).single();
    }

    static List<PublicationTimeliness.Outcome> outcomes(AnalysisCells.Counts c) {
        List<PublicationTimeliness.Outcome> all = new ArrayList<>();
        c.publications().forEach(p -> {
            for (long i = 0; i < p.publications(); i++) {
                all.add(p.outcome());
            }
        });
        return all;
    }

    /** The counts as sorted lines, so that two countings compare whatever order their rows came in. */
    static List<String> canonical(AnalysisCells.Counts c) {
        AnalysisCells.Counts s = AnalysisCells.Counts.sum(List.of(c));
        List<String> lines = new ArrayList<>();
        s.matters().forEach(m -> lines.add("matter " + m.agencyId() + " " + m.matterCode() + " " + m.filed() + " "
                + m.decided() + " " + m.penalised() + " " + m.closed() + " " + m.fines().stripTrailingZeros()
                        .toPlainString()));
        s.months().forEach(m -> lines.add("month " + m));
        s.townships().forEach(t -> lines.add("township " + t));
        for (int d = 0; d < 7; d++) {
            lines.add("hours " + d + " " + java.util.Arrays.toString(s.weekdayHours()[d]));
        }
        s.officers().forEach(o -> lines.add("officer " + o));
        s.stages().forEach(st -> lines.add("stage " + st.stage() + " " + st.days()));
        s.publications().forEach(p -> lines.add("publication " + p));
        s.reviews().counts().forEach(r -> lines.add("review " + r));
        lines.add("to approval " + s.reviews().daysToApproval());
        lines.add("opinions " + s.reviews().opinions());
        lines.add("areas " + s.reviews().problemsByArea());
        lines.sort(null);
        return lines;
    }

    /** Finds a stage by its key in the dashboard's JSON. */
    record JsonAssert(tools.jackson.databind.JsonNode list) {

        tools.jackson.databind.JsonNode find(String key) {
            for (tools.jackson.databind.JsonNode n : list) {
                if (key.equals(n.get("stage").asString())) {
                    return n;
                }
            }
            throw new AssertionError("no " + key + " in " + list);
        }
    }
}
