package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The analysis dashboard's API (issue 8): four cases of 湖滨区民政局 filed in February 2025 (a month no other test
 * files in) through the API, counted in every chart by hand; nobody sees another county's figures, nobody anonymous
 * sees any; bad filters are refused in Chinese naming the field; a chart downloads as a CSV for Excel.
 */
@IntegrationTest
class AnalysisIntegrationTests {

    static final String PERIOD = "from=2025-02-01&to=2025-02-28";
    static final String BASIS = StatisticsCases.BASIS;

    @LocalServerPort
    int port;
    Api api;
    String officer1;
    String officer2;
    String hubin;

    /** The four cases are made once for the tests of this class (a second run would count them twice). */
    static boolean made;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        hubin = api.get("/api/me", "hubin.officer1").text("agencyId");
        synchronized (AnalysisIntegrationTests.class) {
            if (!made) {
                makeCases();
                made = true;
            }
        }
    }

    String file(String matterCode, String filedOn, String place) {
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "%s", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "该单位违反登记管理规定开展活动。", "occurredOn": "2025-01-20", "filedOn": "%s",
                 "place": "%s", "illegalIncome": 1000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区分析测试协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新"}],
                 "officerIds": ["%s", "%s"]}""".formatted(matterCode, filedOn, place, officer1, officer2));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    void decide(String id, String recordOn, String noticeOn, String decidedOn, String proposed, String decision) {
        StatisticsCases.ok(api.post("/api/cases/" + id + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "%s", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": "赵立新", "content": "问：是否开展收费培训？答：是。"}""".formatted(recordOn, officer1, officer2)));
        StatisticsCases.ok(api.post("/api/cases/" + id + "/notice", "hubin.officer1", """
                {"servedOn": "%s", "proposedDecision": {"penalties": %s, "basis": "%s"}}"""
                .formatted(noticeOn, proposed, BASIS)));
        StatisticsCases.ok(api.post("/api/cases/" + id + "/statements", "hubin.officer1",
                "{\"waived\": true, \"receivedOn\": \"" + noticeOn + "\"}"));
        Api.Response d = api.post("/api/cases/" + id + "/decision", "hubin.head",
                "{\"decidedOn\": \"" + decidedOn + "\", " + decision + ", \"basis\": \"" + BASIS + "\"}");
        assertThat(d.status()).as(d.body()).isEqualTo(201);
    }

    /**
     * A: 社会团体 (SHTT-30), filed 02-10 at 前进街道, a warning and a fine of 3,000 decided 02-24, served 02-26, paid
     * 03-05. B: SHTT-30, filed 02-12 at 前进街道, not penalised (minor) on 02-27. C: 殡葬 (BZ-18), filed 02-20 at
     * 交口乡, open. D: SHTT-30, filed 02-25 at a street address (no township), open.
     */
    void makeCases() {
        String a = file("MZ-CF-SHTT-30", "2025-02-10", "湖滨区前进街道东坡村");
        decide(a, "2025-02-11", "2025-02-13", "2025-02-24",
                "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]",
                "\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]");
        StatisticsCases.ok(api.post("/api/cases/" + a + "/service", "hubin.officer1",
                "{\"method\": \"DIRECT\", \"servedOn\": \"2025-02-26\", \"recipient\": \"赵立新\"}"));
        StatisticsCases.ok(api.post("/api/cases/" + a + "/payments", "hubin.officer1",
                "{\"amount\": 3000, \"paidOn\": \"2025-03-05\"}"));
        String b = file("MZ-CF-SHTT-30", "2025-02-12", "湖滨区前进街道王家村");
        decide(b, "2025-02-13", "2025-02-17", "2025-02-27", "[{\"kind\": \"WARNING\"}]",
                "\"type\": \"NO_PENALTY_MINOR\", \"penalties\": []");
        file("MZ-CF-BZ-18", "2025-02-20", "湖滨区交口乡柳林村");
        file("MZ-CF-SHTT-30", "2025-02-25", "湖滨区黄河路18号");
    }

    JsonNode analysis(String query) {
        Api.Response r = api.get("/api/statistics/analysis?" + query, "hubin.head");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The publications are made after the decision (an event): waits until both are there. */
    JsonNode analysisWithPublications() throws InterruptedException {
        JsonNode f = analysis(PERIOD);
        for (int i = 0; i < 100 && publications(f) < 2; i++) {
            Thread.sleep(100);
            f = analysis(PERIOD);
        }
        return f;
    }

    static long publications(JsonNode f) {
        long n = 0;
        for (JsonNode p : f.get("publications").get("byActType")) {
            n += p.get("onTime").asLong() + p.get("late").asLong() + p.get("overdue").asLong()
                    + p.get("pending").asLong() + p.get("notPublished").asLong();
        }
        return n;
    }

    static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (value == null ? n.get(field).isNull() : value.equals(n.get(field).asString())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    @Test
    void everyChartCountsTheMonthsCasesAsWorkedOutByHand() throws Exception {
        int filedOnWeekday = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).getDayOfWeek().getValue() - 1;
        JsonNode f = analysisWithPublications();
        assertThat(f.get("agencyId").asString()).isEqualTo(hubin);
        assertThat(f.get("from").asString()).isEqualTo("2025-02-01");
        assertThat(f.get("to").asString()).isEqualTo("2025-02-28");

        JsonNode totals = f.get("totals");
        assertThat(totals.get("filed").asLong()).isEqualTo(4);
        assertThat(totals.get("decided").asLong()).isEqualTo(2);
        assertThat(totals.get("penalised").asLong()).isEqualTo(1);
        assertThat(totals.get("closed").asLong()).isZero();
        assertThat(totals.get("open").asLong()).isEqualTo(2);
        assertThat(totals.get("fines").decimalValue()).isEqualByComparingTo(new BigDecimal("3000"));

        // Categories by the statute of the matter; matters most first.
        assertThat(f.get("categories")).hasSize(2);
        assertThat(f.get("categories").get(0).get("category").asString()).isEqualTo("《社会团体登记管理条例》");
        assertThat(f.get("categories").get(0).get("cases").asLong()).isEqualTo(3);
        assertThat(f.get("categories").get(0).get("penalised").asLong()).isEqualTo(1);
        assertThat(f.get("categories").get(1).get("category").asString()).contains("殡葬");
        assertThat(f.get("categories").get(1).get("cases").asLong()).isEqualTo(1);
        assertThat(f.get("matters").get(0).get("code").asString()).isEqualTo("MZ-CF-SHTT-30");
        assertThat(f.get("matters").get(0).get("cases").asLong()).isEqualTo(3);
        assertThat(f.get("matters").get(0).get("fines").decimalValue()).isEqualByComparingTo("3000");
        assertThat(f.get("matters").get(1).get("code").asString()).isEqualTo("MZ-CF-BZ-18");
        JsonNode agency = find(f.get("agencies"), "agencyId", hubin);
        assertThat(agency.get("cases").asLong()).isEqualTo(4);
        assertThat(agency.get("decided").asLong()).isEqualTo(2);

        // One month, February: four filed, one penalised, one not.
        assertThat(f.get("months")).hasSize(1);
        JsonNode february = f.get("months").get(0);
        assertThat(february.get("month").asString()).isEqualTo("2025-02");
        assertThat(february.get("filed").asLong()).isEqualTo(4);
        assertThat(february.get("penalised").asLong()).isEqualTo(1);
        assertThat(february.get("notPenalised").asLong()).isEqualTo(1);

        // 湖滨区: 前进街道 2, 交口乡 1, and the street address without a township 1.
        assertThat(f.get("places")).hasSize(1);
        JsonNode county = f.get("places").get(0);
        assertThat(county.get("county").asString()).isEqualTo("湖滨区");
        assertThat(county.get("cases").asLong()).isEqualTo(4);
        assertThat(find(county.get("townships"), "township", "前进街道").get("cases").asLong()).isEqualTo(2);
        assertThat(find(county.get("townships"), "township", "交口乡").get("cases").asLong()).isEqualTo(1);
        assertThat(find(county.get("townships"), "township", null).get("cases").asLong()).isEqualTo(1);

        // The filings were recorded just now: all four in a 7 × 24 grid, today's weekday (China time).
        JsonNode cells = f.get("weekdayHours").get("cells");
        assertThat(f.get("weekdayHours").get("moment").asString()).isEqualTo("FILING_RECORDED");
        assertThat(cells).hasSize(7);
        long sum = 0;
        for (JsonNode row : cells) {
            assertThat(row).hasSize(24);
            for (JsonNode n : row) {
                sum += n.asLong();
            }
        }
        assertThat(sum).isEqualTo(4);
        // The weekday they were recorded on: today's in China, or both days' if the test ran across midnight there.
        int today = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).getDayOfWeek().getValue() - 1;
        long todays = 0;
        for (int day : today == filedOnWeekday ? new int[] { today } : new int[] { filedOnWeekday, today }) {
            for (JsonNode n : cells.get(day)) {
                todays += n.asLong();
            }
        }
        assertThat(todays).as(cells.toString()).isEqualTo(4);

        // Both officers act on all four: two open, two decided, none closed.
        for (String officer : new String[] { officer1, officer2 }) {
            JsonNode o = find(f.get("officers"), "officerId", officer);
            assertThat(o.get("open").asLong()).isEqualTo(2);
            assertThat(o.get("decided").asLong()).isEqualTo(2);
            assertThat(o.get("closed").asLong()).isZero();
            assertThat(o.get("total").asLong()).isEqualTo(4);
            assertThat(o.get("agencyName").asString()).isEqualTo("湖滨区民政局");
        }

        // Filing to decision: A 14 days, B 15 → mean and median 14.5. Decision to service: A 2. Service to
        // payment: 02-26 → 03-05 is 7 days (2025 is not a leap year). Nothing closed.
        JsonNode fd = find(f.get("stages"), "stage", "FILING_TO_DECISION");
        assertThat(fd.get("cases").asLong()).isEqualTo(2);
        assertThat(fd.get("meanDays").decimalValue()).isEqualByComparingTo("14.5");
        assertThat(fd.get("medianDays").decimalValue()).isEqualByComparingTo("14.5");
        JsonNode ds = find(f.get("stages"), "stage", "DECISION_TO_SERVICE");
        assertThat(ds.get("cases").asLong()).isEqualTo(1);
        assertThat(ds.get("meanDays").decimalValue()).isEqualByComparingTo("2");
        JsonNode sp = find(f.get("stages"), "stage", "SERVICE_TO_PAYMENT");
        assertThat(sp.get("cases").asLong()).isEqualTo(1);
        assertThat(sp.get("medianDays").decimalValue()).isEqualByComparingTo("7");
        assertThat(find(f.get("stages"), "stage", "DECISION_TO_CLOSE").get("cases").asLong()).isZero();
        assertThat(find(f.get("stages"), "stage", "FILING_TO_CLOSE").get("cases").asLong()).isZero();

        // Both decisions' publications are due within 7 (penalty) or 20 working days of February 2025, long
        // passed, and neither was released: overdue, under 行政处罚, in February.
        JsonNode penalties = find(f.get("publications").get("byActType"), "key", "ADMINISTRATIVE_PENALTY");
        assertThat(penalties.get("overdue").asLong() + penalties.get("notPublished").asLong()).isEqualTo(2);
        assertThat(penalties.get("onTime").asLong() + penalties.get("late").asLong() + penalties.get("pending")
                .asLong()).isZero();
        assertThat(f.get("publications").get("byMonth").get(0).get("key").asString()).isEqualTo("2025-02");

        // No legal review in the month: zeros, every area and verdict listed.
        assertThat(f.get("reviews").get("byMonth")).hasSize(1);
        assertThat(f.get("reviews").get("byMonth").get(0).get("approvedFirstRound").asLong()).isZero();
        assertThat(f.get("reviews").get("problemsByArea")).hasSize(5);
        assertThat(f.get("reviews").get("opinions").get("APPROVED").asLong()).isZero();
        assertThat(f.get("reviews").get("daysToApproval").get("cases").asLong()).isZero();
    }

    @Test
    void aMatterNarrowsEveryChart() {
        JsonNode f = analysis(PERIOD + "&matterCode=MZ-CF-BZ-18");
        assertThat(f.get("matterCode").asString()).isEqualTo("MZ-CF-BZ-18");
        assertThat(f.get("totals").get("filed").asLong()).isEqualTo(1);
        assertThat(f.get("matters")).hasSize(1);
        assertThat(find(f.get("places").get(0).get("townships"), "township", "交口乡").get("cases").asLong())
                .isEqualTo(1);
        assertThat(publications(f)).isZero();
    }

    @Test
    void theCityCountsItsCountiesAndNobodySeesAnotherCounty() {
        String city = api.get("/api/me", "city.supervisor").text("agencyId");
        Api.Response all = api.get("/api/statistics/analysis?" + PERIOD + "&agencyId=" + city, "city.supervisor");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("agencyIds").toString()).contains(hubin);
        assertThat(find(all.json().get("agencies"), "agencyId", hubin).get("cases").asLong()).isEqualTo(4);
        assertThat(all.json().get("totals").get("filed").asLong()).isGreaterThanOrEqualTo(4);

        // The head's own agency by default; 灵宝's officer may not see 湖滨's, nor the city's.
        assertThat(api.get("/api/statistics/analysis?" + PERIOD, "hubin.head").json().get("agencyId").asString())
                .isEqualTo(hubin);
        Api.Response other = api.get("/api/statistics/analysis?agencyId=" + hubin, "lingbao.officer1");
        assertThat(other.status()).isEqualTo(404);
        assertThat(api.get("/api/statistics/analysis?agencyId=" + city, "hubin.head").status()).isEqualTo(404);
        assertThat(api.get("/api/statistics/analysis?agencyId=no-such-agency", "hubin.head").status())
                .isEqualTo(404);
        assertThat(api.get("/api/statistics/analysis?agencyId=" + hubin + "&format=csv&chart=months",
                "lingbao.officer1").status()).isEqualTo(404);
        // 灵宝's own dashboard does not hold 湖滨's cases.
        JsonNode lingbao = api.get("/api/statistics/analysis?" + PERIOD, "lingbao.officer1").json();
        assertThat(lingbao.get("agencyIds").toString()).doesNotContain(hubin);

        Api.Response anonymous = api.get("/api/statistics/analysis", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/statistics/analysis", null).status()).isIn(401, 302);
    }

    @Test
    void badFiltersAreRefusedInChineseNamingTheField() {
        bad("from=2025-13-01", "from", "日期");
        bad("to=yesterday", "to", "日期");
        bad("from=2025-03-01&to=2025-02-01", "from", "开始日期不能晚于结束日期");
        bad("from=2010-01-01&to=2025-01-01", "to", "10 年");
        bad("matterCode=NO-SUCH", "matterCode", "NO-SUCH");
        bad("format=xml", "format", "csv");
        bad("format=csv", "chart", "months");
        bad("format=csv&chart=secrets", "chart", "months");
        bad("from=" + "9".repeat(40), "from", "日期");
    }

    void bad(String query, String field, String text) {
        Api.Response r = api.get("/api/statistics/analysis?" + query, "hubin.head");
        assertThat(r.status()).as(query + " " + r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).as(query).contains("\"" + field + "\"", text);
    }

    @Test
    void eachChartDownloadsAsACsvForExcel() {
        Api.Download d = api.download("/api/statistics/analysis?" + PERIOD + "&format=csv&chart=months",
                "hubin.head");
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.contentType()).startsWith("text/csv");
        assertThat(d.disposition()).contains("attachment", "analysis-months-2025-02-01-2025-02-28.csv");
        assertThat(d.body()[0] & 0xFF).isEqualTo(0xEF);
        assertThat(d.body()[1] & 0xFF).isEqualTo(0xBB);
        assertThat(d.body()[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(d.body(), 3, d.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("月份,立案数,作出处罚决定,不予处罚或移送\r\n2025-02,4,1,1\r\n");

        String places = csv("places");
        assertThat(places).startsWith("县（市、区）,乡镇（街道）,案件数\r\n");
        assertThat(places).contains("湖滨区,前进街道,2\r\n", "湖滨区,交口乡,1\r\n", "湖滨区,未能识别,1\r\n");
        String stages = csv("stages");
        assertThat(stages).contains("立案至决定,2,14.5,14.5\r\n", "送达至缴纳罚款,1,7.0,7.0\r\n");
        String hours = csv("weekdayHours");
        assertThat(hours.split("\r\n")).hasSize(8);
        assertThat(hours).startsWith("星期,00,01,02");
        for (String chart : org.mingjing.statistics.AnalysisFigures.CHARTS) {
            assertThat(csv(chart)).as(chart).isNotBlank();
        }
    }

    String csv(String chart) {
        Api.Download d = api.download("/api/statistics/analysis?" + PERIOD + "&format=csv&chart=" + chart,
                "hubin.head");
        assertThat(d.status()).as(chart).isEqualTo(200);
        return new String(d.body(), 3, d.body().length - 3, StandardCharsets.UTF_8);
    }
}
