package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.shared.EarlyWarnings;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The early-warning list of the API contract (API.md, Statistics; seed §二(四)2): each kind the modules give, for the
 * agency and what is under it that the caller may see, most severe first; nobody sees another's.
 */
@IntegrationTest
class EarlyWarningsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    EarlyWarningList list;
    Api api;
    String hubin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        hubin = api.get("/api/me", "hubin.head").text("agencyId");
    }

    List<JsonNode> warnings(String query, String user) {
        Api.Response r = api.get("/api/statistics/warnings" + query, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        r.json().forEach(all::add);
        return all;
    }

    @Test
    void aLapsedDecisionDeadlineAnOverduePublicationAndAnExpiringCertificateAreWarnedAbout() {
        // Filed on 2026-06-01: the 90 days to decide (行政处罚法第六十条) end on Sunday 2026-08-30, so on Monday the 31st.
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展活动。", "occurredOn": "2026-05-20", "filedOn": "2026-06-01",
                 "place": "湖滨区", "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区预警测试协会",
                 "creditCode": "51411202MJ1234567M"}], "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String number = filed.text("number");
        // Decided on 2026-03-20: its publication was due within 7 working days and is still pending.
        String decided = new StatisticsCases(api).warningAndFine();
        String decisionNumber = api.get("/api/publications?caseId=" + decided, "hubin.head").json().get(0)
                .get("number").asString();

        List<JsonNode> all = warnings("", "hubin.head");
        assertThat(all).anySatisfy(w -> {
            assertThat(w.get("code").asString()).isEqualTo("DEADLINE_PENALTY_DECISION");
            assertThat(w.get("severity").asString()).isEqualTo("HIGH");
            assertThat(w.get("subject").asString()).startsWith(number);
            assertThat(w.get("due").asString()).isEqualTo("2026-08-31");
            assertThat(w.get("detail").asString()).contains("2026-08-31", "届满");
        });
        assertThat(all).anySatisfy(w -> {
            assertThat(w.get("code").asString()).isEqualTo("PUBLICATION_DEADLINE");
            assertThat(w.get("severity").asString()).isEqualTo("HIGH");
            assertThat(w.get("subject").asString()).startsWith(decisionNumber);
            assertThat(w.get("detail").asString()).contains("已超期");
        });
        // The demo gives 湖滨 one certificate lapsing within 30 days.
        assertThat(all).anySatisfy(w -> {
            assertThat(w.get("code").asString()).isEqualTo("CERTIFICATE_EXPIRING");
            assertThat(w.get("severity").asString()).isEqualTo("MEDIUM");
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            assertThat(LocalDate.parse(w.get("due").asString())).isBetween(today, today.plusDays(30));
        });
        assertThat(all).allSatisfy(w -> {
            assertThat(w.get("agencyId").asString()).isEqualTo(hubin);
            assertThat(w.get("code").asString()).isNotBlank();
        });
        List<String> severities = all.stream().map(w -> w.get("severity").asString()).toList();
        assertThat(severities).isSortedAccordingTo(java.util.Comparator.comparing(EarlyWarnings.Severity::valueOf));
    }

    @Test
    void theCitySeesItsCountiesShortOfReviewersAndACountySeesOnlyItself() {
        List<JsonNode> city = warnings("", "city.supervisor");
        assertThat(city).anySatisfy(w -> {
            assertThat(w.get("code").asString()).isEqualTo("REVIEWER_STAFFING");
            assertThat(w.get("subject").asString()).isEqualTo("卢氏县民政局");
            assertThat(w.get("severity").asString()).isEqualTo("HIGH");
            assertThat(w.get("detail").asString()).contains("法制审核人员");
        });
        assertThat(warnings("", "hubin.head")).noneSatisfy(w -> assertThat(w.get("subject").asString())
                .isEqualTo("卢氏县民政局"));
        assertThat(warnings("?agencyId=" + hubin, "city.supervisor")).allSatisfy(w -> assertThat(
                w.get("agencyId").asString()).isEqualTo(hubin));
        Api.Response other = api.get("/api/statistics/warnings?agencyId=" + hubin, "lingbao.officer1");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/statistics/warnings", null).status()).isEqualTo(401);
    }

    /** The reminders of one kind: the report of 2025 may have been published by another test, 2026's cannot be. */
    List<EarlyWarnings.EarlyWarning> reminders(String code, Set<String> scope, String day) {
        return list.reportReminders(scope, LocalDate.parse(day), Locale.SIMPLIFIED_CHINESE).stream()
                .filter(w -> w.code().equals(code)).toList();
    }

    @Test
    void theAnnualReportIsRemindedOfFromFortyFiveDaysBeforeThirtyFirstJanuaryAndWarnedAboutOnceLapsed() {
        Set<String> scope = Set.of(hubin);
        assertThat(reminders("ANNUAL_REPORT_DUE", scope, "2026-12-16")).isEmpty();
        assertThat(reminders("ANNUAL_REPORT_DUE", scope, "2026-12-17")).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(EarlyWarnings.Severity.LOW);
            assertThat(w.due()).isEqualTo(LocalDate.parse("2027-01-31"));
            assertThat(w.detail()).contains("2026年度", "2027-01-31", "当前");
        });
        assertThat(reminders("ANNUAL_REPORT_DUE", scope, "2027-01-21")).singleElement()
                .satisfies(w -> assertThat(w.severity()).isEqualTo(EarlyWarnings.Severity.MEDIUM));
        assertThat(reminders("ANNUAL_REPORT_DUE", scope, "2027-01-31")).singleElement()
                .satisfies(w -> assertThat(w.due()).isEqualTo(LocalDate.parse("2027-01-31")));
        assertThat(reminders("ANNUAL_REPORT_LAPSED", scope, "2027-01-31")).isEmpty();
        // The day after, the reminder of 2026's report gives way to a lapse; next year's is not due yet.
        assertThat(reminders("ANNUAL_REPORT_DUE", scope, "2027-02-01")).isEmpty();
        assertThat(reminders("ANNUAL_REPORT_LAPSED", scope, "2027-02-01")).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(EarlyWarnings.Severity.HIGH);
            assertThat(w.due()).isEqualTo(LocalDate.parse("2027-01-31"));
            assertThat(w.detail()).contains("2026年度", "超期");
        });
    }
}
