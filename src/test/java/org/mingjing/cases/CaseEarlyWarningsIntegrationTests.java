package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.statistics.StatisticsCases;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The early warnings the cases give (issue 8; GET /api/statistics/warnings): deadlines of deciding, serving and
 * paying as they open and are met (行政处罚法第六十条、第六十一条、第六十七条), unusual retrievals (seed §二(二)6), fines
 * out of the discretion standard (第五条、第三十四条) and hot spots, each seen by its agency and those above it only.
 */
@IntegrationTest
class CaseEarlyWarningsIntegrationTests {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    Retrievals retrievals;
    @Autowired
    Cases cases;
    Api api;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        today = LocalDate.now(CHINA);
    }

    List<JsonNode> warnings(String user) {
        Api.Response r = api.get("/api/statistics/warnings", user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().valueStream().toList();
    }

    List<JsonNode> about(String user, String link) {
        return warnings(user).stream().filter(w -> w.get("link").asString().equals(link)).toList();
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }

    @Test
    void theServiceAndPaymentDeadlinesAreWarnedAboutUntilMet() {
        // Decided on Friday 2026-03-20: served within 7 working days (Art. 61 + Art. 85), by Tuesday 2026-03-31.
        String id = new StatisticsCases(api).warningAndFine();
        String number = api.get("/api/cases/" + id, "hubin.head").text("number");
        assertThat(about("hubin.head", "/cases/" + id)).singleElement().satisfies(w -> {
            assertThat(w.get("code").asString()).isEqualTo("DEADLINE_DELIVERY_TO_ABSENT_PARTY");
            assertThat(w.get("severity").asString()).isEqualTo("HIGH");
            assertThat(w.get("due").asString()).isEqualTo("2026-03-31");
            assertThat(w.get("subject").asString()).startsWith(number);
        });
        // Served on 2026-03-25: the fine is due 15 days later (Art. 67), Thursday 2026-04-09.
        ok(api.post("/api/cases/" + id + "/service", "hubin.officer1", """
                {"method": "DIRECT", "servedOn": "2026-03-25", "recipient": "赵立新"}"""));
        assertThat(about("hubin.head", "/cases/" + id)).singleElement().satisfies(w -> {
            assertThat(w.get("code").asString()).isEqualTo("DEADLINE_FINE_PAYMENT");
            assertThat(w.get("severity").asString()).isEqualTo("HIGH");
            assertThat(w.get("due").asString()).isEqualTo("2026-04-09");
        });
        assertThat(about("city.supervisor", "/cases/" + id)).hasSize(1);
        assertThat(about("lingbao.officer1", "/cases/" + id)).isEmpty();
        ok(api.post("/api/cases/" + id + "/payments", "hubin.officer1", """
                {"amount": 3000, "paidOn": "2026-04-08"}"""));
        assertThat(about("hubin.head", "/cases/" + id)).isEmpty();
    }

    @Test
    void theDecisionDeadlineFallsDueThreeDaysAheadAndLapsesAfterItsDay() {
        // Filed 88 days ago: the 90 days end the day after tomorrow, unless a holiday or weekend moves them on.
        String id = file("hubin.officer1", hubinOfficers(), "湖滨区湖滨街道", today.minusDays(88));
        List<JsonNode> found = about("hubin.head", "/cases/" + id);
        LocalDate due = LocalDate.parse(api.get("/api/cases/" + id, "hubin.head").json().get("deadlines")
                .valueStream().filter(d -> d.get("code").asString().equals("PENALTY_DECISION")).findFirst()
                .orElseThrow().get("due").asString());
        if (!due.isAfter(today.plusDays(3))) {
            assertThat(found).singleElement().satisfies(w -> {
                assertThat(w.get("code").asString()).isEqualTo("DEADLINE_PENALTY_DECISION");
                assertThat(w.get("severity").asString()).isEqualTo("MEDIUM");
            });
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void flaggedRetrievalsAreOneWarningPerUserAndAgencyGraverWithTheirNumber() {
        String lingbao = api.agencyId("灵宝市民政局");
        String city = api.agencyId("三门峡市民政局");
        String id = file("lingbao.officer1", lingbaoOfficers(), "灵宝市阳平镇东坡村", today.minusDays(10));
        CaseFile c = cases.byIdOfChecked(id);
        Caller reader = caller(city, "warning.reader", Role.SUPERVISOR);
        // late in the evening two days ago, not on the case and without a reason: flagged twice over each time
        OffsetDateTime late = today.minusDays(2).atTime(23, 10).atZone(CHINA).toOffsetDateTime();
        for (int i = 0; i < 3; i++) {
            retrievals.record(reader, c, Retrievals.SubjectKind.CASE, c.id(), null, null, late.plusMinutes(i));
        }
        // more than seven days ago: not counted
        retrievals.record(reader, c, Retrievals.SubjectKind.CASE, c.id(), null, null, late.minusDays(6));
        assertThat(unusual("city.supervisor")).singleElement().satisfies(w -> {
            assertThat(w.get("severity").asString()).isEqualTo("MEDIUM");
            assertThat(w.get("agencyId").asString()).isEqualTo(lingbao);
            assertThat(w.get("due").asString()).isEqualTo(today.minusDays(2).toString());
            assertThat(w.get("detail").asString()).contains("3 次被标记", "非工作时间 3 次", "未说明理由 3 次");
        });
        for (int i = 3; i < 10; i++) {
            retrievals.record(reader, c, Retrievals.SubjectKind.CASE, c.id(), null, null, late.plusMinutes(i));
        }
        assertThat(unusual("city.supervisor")).singleElement()
                .satisfies(w -> assertThat(w.get("severity").asString()).isEqualTo("HIGH"));
        assertThat(unusual("hubin.head")).isEmpty();
        // officers do not read the retrieval log, so not its warnings either
        assertThat(unusual("lingbao.officer1")).isEmpty();
    }

    List<JsonNode> unusual(String user) {
        return warnings(user).stream().filter(w -> w.get("code").asString().equals("RETRIEVAL_UNUSUAL")
                && w.get("subject").asString().contains("warning.reader")).toList();
    }

    @Test
    void aFineOutsideTheLevelOfTheRecordedCircumstancesIsAnOutlier() {
        // 社会团体 with 1,000 yuan illegal income: statute 3–5 times (3,000–5,000 yuan); the standard's 严重 level (C6)
        // is 4.5–5 times, 4,500–5,000 yuan, and its 一般 level (C2) 3–3.5 times, 3,000–3,500 yuan.
        String outlier = decideRecently("C6", 3000);
        assertThat(about("hubin.head", "/cases/" + outlier)).filteredOn(w -> w.get("code").asString()
                .equals("DISCRETION_OUTLIER")).singleElement().satisfies(w -> {
                    assertThat(w.get("severity").asString()).isEqualTo("MEDIUM");
                    assertThat(w.get("detail").asString()).contains("3000", "4500–5000");
                    assertThat(w.get("due").asString()).isEqualTo(today.minusDays(10).toString());
                });
        String fitting = decideRecently("C2", 3000);
        assertThat(about("hubin.head", "/cases/" + fitting)).filteredOn(w -> w.get("code").asString()
                .equals("DISCRETION_OUTLIER")).allSatisfy(w -> assertThat(w.get("severity").asString())
                        .as("at most far from similar cases").isEqualTo("LOW"));
        assertThat(about("city.supervisor", "/cases/" + outlier)).isNotEmpty();
        assertThat(about("lingbao.officer1", "/cases/" + outlier)).isEmpty();
    }

    @Test
    void aTownshipWithFiveNewCasesAndNoneBeforeIsAHotSpot() {
        String lingbao = api.agencyId("灵宝市民政局");
        for (int i = 1; i <= 4; i++) {
            file("lingbao.officer1", lingbaoOfficers(), "灵宝市预警测试镇后地村", today.minusDays(i));
        }
        assertThat(hot("city.supervisor")).isEmpty();
        file("lingbao.officer1", lingbaoOfficers(), "灵宝市预警测试镇南沟村", today.minusDays(29));
        assertThat(hot("city.supervisor")).singleElement().satisfies(w -> {
            assertThat(w.get("severity").asString()).isEqualTo("LOW");
            assertThat(w.get("agencyId").asString()).isEqualTo(lingbao);
            assertThat(w.get("detail").asString()).contains("立案 5 件", "平均 0.0 件");
            assertThat(w.get("due").asString()).isEqualTo(today.toString());
        });
        assertThat(hot("lingbao.officer1")).hasSize(1);
        assertThat(hot("hubin.head")).isEmpty();
    }

    List<JsonNode> hot(String user) {
        return warnings(user).stream().filter(w -> w.get("code").asString().equals("HOT_SPOT")
                && w.get("subject").asString().equals("灵宝市预警测试镇")).toList();
    }

    // ---------------------------------------------------------------- cases

    List<String> hubinOfficers() {
        return List.of(api.get("/api/me", "hubin.officer1").text("officerId"),
                api.get("/api/me", "hubin.officer2").text("officerId"));
    }

    List<String> lingbaoOfficers() {
        return List.of(api.get("/api/me", "lingbao.officer1").text("officerId"),
                api.get("/api/me", "lingbao.officer2").text("officerId"));
    }

    String file(String user, List<String> officers, String place, LocalDate filedOn) {
        Api.Response filed = api.post("/api/cases", user, """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准擅自兴建骨灰堂。", "occurredOn": "%s", "filedOn": "%s",
                 "place": "%s", "illegalIncome": 8000, "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "张某", "idNumber": "411202198503150017"}],
                 "officerIds": %s}""".formatted(filedOn.minusDays(3), filedOn, place, Api.json(officers)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.text("id");
    }

    /** A 社会团体 case of 湖滨 with 1,000 yuan illegal income, decided ten days ago with the circumstance given. */
    String decideRecently(String circumstance, int fine) {
        List<String> o = hubinOfficers();
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展收费培训。", "occurredOn": "%s",
                 "filedOn": "%s", "place": "湖滨区黄河路18号", "illegalIncome": 1000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区裁量测试协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新"}],
                 "officerIds": %s}""".formatted(today.minusDays(25), today.minusDays(20), Api.json(o)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.text("id");
        String penalties = "[{\"kind\": \"FINE\", \"amount\": " + fine + "}]";
        ok(api.post("/api/cases/" + id + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "%s", "officerIds": %s, "certificateShown": true,
                 "person": "赵立新", "content": "问：是否开展收费培训？答：是。"}""".formatted(today.minusDays(19),
                Api.json(o))));
        ok(api.post("/api/cases/" + id + "/notice", "hubin.officer1", """
                {"servedOn": "%s", "proposedDecision": {"penalties": %s, "basis": "%s"}}"""
                .formatted(today.minusDays(18), penalties, BASIS)));
        ok(api.post("/api/cases/" + id + "/statements", "hubin.officer1",
                "{\"waived\": true, \"receivedOn\": \"" + today.minusDays(17) + "\"}"));
        // A fine outside the level of the circumstances is made only with a reason and a passed legal review
        // (the discretion assistant); the outlier warning still flags it afterwards.
        String note = "\u8be6\u89c1\u5ba1\u6838\u610f\u89c1\u3002";
        Api.Response decided = api.post("/api/cases/" + id + "/decision", "hubin.head", """
                {"decidedOn": "%s", "type": "PENALTY", "penalties": %s, "basis": "%s", "circumstances": ["%s"],
                 "discretionNote": "%s"}""".formatted(today.minusDays(10), penalties, BASIS, circumstance, note));
        if (decided.status() == 409) {
            Api.Response review = api.post("/api/cases/" + id + "/reviews", "hubin.officer1", """
                    {"explanation": "x", "proposedDecision": {"penalties": %s, "basis": "%s", "circumstances": ["%s"],
                     "discretionNote": "%s"}}""".formatted(penalties, BASIS, circumstance, note));
            ok(review);
            ok(api.post("/api/reviews/" + review.text("id") + "/opinions", "hubin.reviewer", """
                    {"verdict": "APPROVED", "checks": [{"area": "QUALIFICATION", "ok": true},
                     {"area": "FACTS_EVIDENCE", "ok": true}, {"area": "LEGAL_BASIS_DISCRETION", "ok": true},
                     {"area": "PROCEDURE", "ok": true}, {"area": "OTHER", "ok": true}], "problems": []}"""));
            decided = api.post("/api/cases/" + id + "/decision", "hubin.head", """
                    {"decidedOn": "%s", "type": "PENALTY", "penalties": %s, "basis": "%s", "circumstances": ["%s"],
                     "discretionNote": "%s"}""".formatted(today.minusDays(10), penalties, BASIS, circumstance, note));
        }
        ok(decided);
        return id;
    }

    /** The provision 社会团体 violations of Art. 30 are penalised under. */
    static final String BASIS = "《社会团体登记管理条例》第三十条第一款第（二）项";

    private static Caller caller(String agencyId, String username, Role role) {
        return new Caller() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public String displayName() {
                return username;
            }

            @Override
            public String agencyId() {
                return agencyId;
            }

            @Override
            public Optional<String> officerId() {
                return Optional.empty();
            }

            @Override
            public Set<Role> roles() {
                return Set.of(role);
            }
        };
    }
}
