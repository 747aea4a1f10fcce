package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The Statistics section of the API contract (API.md, LAW.md §5): the annual report of an agency counts the cases
 * decided through the API by the report's rules, worked out by hand as the change they make to the year's figures;
 * nobody counts an agency they may not see; a bad year is refused in Chinese.
 */
@IntegrationTest
class AnnualReportIntegrationTests {

    @LocalServerPort
    int port;
    Api api;
    StatisticsCases cases;
    String hubin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new StatisticsCases(api);
        hubin = api.get("/api/me", "hubin.officer1").text("agencyId");
    }

    JsonNode report(String user, int year) {
        Api.Response r = api.get("/api/statistics/annual-report?agencyId=" + hubin + "&year=" + year, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    String decide(String proposed, String decision) {
        return cases.decide(proposed, decision);
    }

    static void ok(Api.Response r) {
        StatisticsCases.ok(r);
    }

    static long n(JsonNode report, String... path) {
        JsonNode node = report;
        for (String p : path) {
            node = node.get(p);
        }
        return node.asLong();
    }

    @Test
    void theYearsFiguresCountEachDecisionByTheReportsRules() {
        JsonNode before = report("hubin.head", 2026);

        // By hand: a warning with a fine of 3,000 counts once, under FINE; a fine of 4,000 with 800 confiscated
        // counts under CONFISCATION; a warning alone under WARNING; a fine of 2,000 is below the statute's 3,000 and
        // counts as reduced (减轻); a decision not to penalise counts apart. 罚没金额: 3,000 + 4,800 + 2,000 = 9,800.
        decide("[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]",
                "\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]");
        // The fines follow the discretion standard (行政处罚法第三十四条): 4,000 is the serious level's (C4, 3,500–4,500);
        // 2,000 departs from every level, so it is stated and passes a legal review first.
        decide("[{\"kind\": \"FINE\", \"amount\": 4000}, {\"kind\": \"CONFISCATION\", \"amount\": 800}]",
                "\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"FINE\", \"amount\": 4000}, "
                        + "{\"kind\": \"CONFISCATION\", \"amount\": 800}], \"circumstances\": [\"C4\"]");
        decide("[{\"kind\": \"WARNING\"}]", "\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"WARNING\"}]");
        cases.decideReviewed("[{\"kind\": \"FINE\", \"amount\": 2000}]", "\"type\": \"PENALTY\", \"penalties\": "
                + "[{\"kind\": \"FINE\", \"amount\": 2000}], \"discretionNote\": \"当事人主动消除违法行为危害后果，依法减轻处罚。\"");
        decide("[{\"kind\": \"WARNING\"}]", "\"type\": \"NO_PENALTY_MINOR\", \"penalties\": []");

        JsonNode after = report("hubin.head", 2026);
        assertThat(after.get("year").asInt()).isEqualTo(2026);
        assertThat(after.get("agencyId").asString()).isEqualTo(hubin);
        assertThat(n(after, "penalties", "byKind", "FINE") - n(before, "penalties", "byKind", "FINE")).isEqualTo(2);
        assertThat(n(after, "penalties", "byKind", "CONFISCATION") - n(before, "penalties", "byKind", "CONFISCATION"))
                .isEqualTo(1);
        assertThat(n(after, "penalties", "byKind", "WARNING") - n(before, "penalties", "byKind", "WARNING"))
                .isEqualTo(1);
        assertThat(n(after, "penalties", "byKind", "REVOCATION")).isEqualTo(n(before, "penalties", "byKind",
                "REVOCATION"));
        assertThat(n(after, "penalties", "total") - n(before, "penalties", "total")).isEqualTo(4);
        assertThat(after.get("penalties").get("confiscatedAmount").decimalValue()
                .subtract(before.get("penalties").get("confiscatedAmount").decimalValue()))
                .isEqualByComparingTo(new BigDecimal("9800"));
        assertThat(n(after, "noPenalty") - n(before, "noPenalty")).isEqualTo(1);
        assertThat(n(after, "reducedPenalty") - n(before, "reducedPenalty")).isEqualTo(1);
        assertThat(n(after, "casesFiled") - n(before, "casesFiled")).isEqualTo(5);
        assertThat(after.get("penalties").get("powerHeld").asBoolean()).isTrue();
        // The demo's catalogue gives 湖滨 licensing matters, none of which the platform records yet: 0, not absent.
        assertThat(after.get("licensing").get("powerHeld").asBoolean()).isTrue();
        assertThat(n(after, "licensing", "granted")).isZero();
        assertThat(n(after, "officers", "certified")).isPositive().isLessThanOrEqualTo(n(after, "officers", "total"));

        // The same decisions are not in another year.
        JsonNode lastYear = report("hubin.head", 2025);
        assertThat(lastYear.get("from").asString()).isEqualTo("2025-01-01");
        assertThat(lastYear.get("to").asString()).isEqualTo("2025-12-31");
    }

    @Test
    void remediesAndTheirOutcomesGiveTheCorrectionRate() {
        JsonNode before = report("hubin.head", 2026);
        String id = decide("[{\"kind\": \"WARNING\"}]", "\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"WARNING\"}]");
        Api.Response reconsideration = api.post("/api/cases/" + id + "/remedies", "hubin.officer1",
                "{\"kind\": \"RECONSIDERATION\", \"from\": \"2026-04-01\", \"until\": \"2026-05-29\"}");
        ok(reconsideration);
        Api.Response suit = api.post("/api/cases/" + id + "/remedies", "hubin.officer1",
                "{\"kind\": \"LITIGATION\", \"from\": \"2026-06-10\"}");
        ok(suit);
        String first = reconsideration.text("id");
        String second = suit.text("id");

        // Refused, changing nothing: an unknown outcome, a day before the remedy, a remedy of no such id.
        Api.Response bad = api.post("/api/cases/" + id + "/remedies/" + first + "/outcome", "hubin.officer1",
                "{\"outcome\": \"WON\", \"concludedOn\": \"2026-03-01\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("outcome", "concludedOn", "UPHELD（维持）");
        assertThat(api.post("/api/cases/" + id + "/remedies/no-such-step/outcome", "hubin.officer1",
                "{\"outcome\": \"REVOKED\", \"concludedOn\": \"2026-05-29\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/cases/" + id + "/remedies/" + first + "/outcome", "lingbao.officer1",
                "{\"outcome\": \"REVOKED\", \"concludedOn\": \"2026-05-29\"}").status()).isEqualTo(404);

        ok(api.post("/api/cases/" + id + "/remedies/" + first + "/outcome", "hubin.officer1",
                "{\"outcome\": \"REVOKED\", \"concludedOn\": \"2026-05-29\"}"));
        Api.Response again = api.post("/api/cases/" + id + "/remedies/" + first + "/outcome", "hubin.head",
                "{\"outcome\": \"UPHELD\", \"concludedOn\": \"2026-05-30\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("remedy-concluded");
        ok(api.post("/api/cases/" + id + "/remedies/" + second + "/outcome", "hubin.head",
                "{\"outcome\": \"REJECTED\", \"concludedOn\": \"2026-09-30\"}"));

        JsonNode after = report("hubin.head", 2026);
        assertThat(n(after, "remedies", "reconsideration", "brought") - n(before, "remedies", "reconsideration",
                "brought")).isEqualTo(1);
        assertThat(n(after, "remedies", "reconsideration", "corrected") - n(before, "remedies", "reconsideration",
                "corrected")).isEqualTo(1);
        assertThat(n(after, "remedies", "litigation", "concluded") - n(before, "remedies", "litigation", "concluded"))
                .isEqualTo(1);
        assertThat(n(after, "remedies", "litigation", "corrected")).isEqualTo(n(before, "remedies", "litigation",
                "corrected"));
        long ended = n(after, "remedies", "reconsideration", "concluded") + n(after, "remedies", "litigation",
                "concluded");
        long corrected = n(after, "remedies", "reconsideration", "corrected") + n(after, "remedies", "litigation",
                "corrected");
        assertThat(after.get("remedies").get("correctionRate").decimalValue())
                .isEqualByComparingTo(AnnualReports.ratio(corrected, ended));

        // The outcome is a step of the case's record.
        assertThat(api.get("/api/cases/" + id, "hubin.officer1").body()).contains("REMEDY_OUTCOME", "REVOKED");
    }

    @Test
    void theReportDownloadsAsASpreadsheetAndAPrintableChinesePdfWithTheSameFigures() throws Exception {
        decide("[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]",
                "\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 3000}]");
        JsonNode figures = report("hubin.head", 2026);
        String path = "/api/statistics/annual-report?agencyId=" + hubin + "&year=2026&format=";

        Api.Download xlsx = api.download(path + "xlsx", "hubin.head");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).startsWith("attachment").contains(".xlsx");
        java.util.Map<String, Object> cells = new java.util.HashMap<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(figures.get("agencyName").asString() + "2026年度行政执法数据统计");
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                org.apache.poi.ss.usermodel.Cell v = row.getCell(2);
                cells.put(row.getCell(0).getStringCellValue() + "/" + row.getCell(1).getStringCellValue(),
                        v.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? v.getNumericCellValue()
                                : v.getStringCellValue());
            }
        }
        assertThat(cells).containsEntry("行政处罚/罚款", (double) n(figures, "penalties", "byKind", "FINE"))
                .containsEntry("行政处罚/行政处罚决定合计（件）", (double) n(figures, "penalties", "total"))
                .containsEntry("行政处罚/罚没金额（元）",
                        figures.get("penalties").get("confiscatedAmount").decimalValue().doubleValue())
                .containsEntry("案件办理/立案（件）", (double) n(figures, "casesFiled"))
                .containsEntry("复议诉讼/被纠错率", figures.get("remedies").get("correctionRate").decimalValue()
                        .doubleValue());

        Api.Download pdf = api.download(path + "pdf", "hubin.head");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains(figures.get("agencyName").asString() + "2026年度行政执法数据统计", "统计期间：2026-01-01 至 2026-12-31", "罚没金额（元）",
                "持证率", "第 1 页");
        assertThat(text).contains(String.format(java.util.Locale.ROOT, "%,.2f",
                figures.get("penalties").get("confiscatedAmount").decimalValue()));

        Api.Response bad = api.get(path + "docx", "hubin.head");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("format", "json、xlsx 或 pdf");
        assertThat(api.download(path + "pdf", "lingbao.officer1").status()).isEqualTo(404);
    }

    @Test
    void theCitySeesItsAgenciesSideBySideWithTheirTotalAndACountyOnlyItself() {
        cases.warningAndFine();
        Api.Response r = api.get("/api/statistics/annual-reports?year=2026", "city.supervisor");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode agencies = r.json().get("agencies");
        JsonNode total = r.json().get("total");
        assertThat(agencies.size()).isEqualTo(7);
        long penalties = 0;
        long filed = 0;
        java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
        boolean sawHubin = false;
        for (JsonNode a : agencies) {
            penalties += a.get("penalties").get("total").asLong();
            filed += a.get("casesFiled").asLong();
            amount = amount.add(a.get("penalties").get("confiscatedAmount").decimalValue());
            sawHubin |= a.get("agencyId").asString().equals(hubin);
        }
        assertThat(sawHubin).isTrue();
        assertThat(total.get("agencyName").asString()).isEqualTo("合计");
        assertThat(total.get("agencyId").isNull()).isTrue();
        assertThat(total.get("penalties").get("total").asLong()).isEqualTo(penalties).isPositive();
        assertThat(total.get("casesFiled").asLong()).isEqualTo(filed);
        assertThat(total.get("penalties").get("confiscatedAmount").decimalValue()).isEqualByComparingTo(amount);

        Api.Response county = api.get("/api/statistics/annual-reports?year=2026", "hubin.head");
        assertThat(county.json().get("agencies").size()).isEqualTo(1);
        assertThat(api.get("/api/statistics/annual-reports?year=2026&parentId=" + hubin, "lingbao.officer1")
                .status()).isEqualTo(404);
    }

    @Test
    void nobodyCountsAnAgencyTheyMayNotSee() {
        assertThat(report("city.supervisor", 2026).get("agencyId").asString()).isEqualTo(hubin);
        Api.Response other = api.get("/api/statistics/annual-report?agencyId=" + hubin + "&year=2026",
                "lingbao.officer1");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/statistics/annual-report?year=2026", null).status()).isEqualTo(401);
        // Without an agency, the caller's own.
        Api.Response own = api.get("/api/statistics/annual-report?year=2026", "lingbao.officer1");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("agencyId")).isNotEqualTo(hubin);
    }

    @Test
    void aBadYearIsRefusedInChineseAndNamesTheField() {
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        for (String year : new String[] { "1999", String.valueOf(thisYear + 1), "abc", "2025.5", "99999999999" }) {
            Api.Response r = api.get("/api/statistics/annual-report?agencyId=" + hubin + "&year=" + Api.q(year),
                    "hubin.head");
            assertThat(r.status()).as(year).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).as(year).contains("year").containsPattern("年度");
        }
        // The bounds are years, written without grouping ("2000", not "2,000").
        assertThat(api.get("/api/statistics/annual-report?agencyId=" + hubin + "&year=1999", "hubin.head").body())
                .contains("2000 年至 " + thisYear + " 年之间");
        Api.Response lastYear = api.get("/api/statistics/annual-report?agencyId=" + hubin, "hubin.head");
        assertThat(lastYear.status()).isEqualTo(200);
        assertThat(lastYear.json().get("year").asInt()).isEqualTo(thisYear - 1);
    }
}
