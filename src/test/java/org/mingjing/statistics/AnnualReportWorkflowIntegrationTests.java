package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The annual report's course (统计年报, seed §二(一)6): drafted by the agency from its data, its narrative written by
 * the agency, reviewed by a second person, approved by the head and thereby published on the portal with its PDF;
 * only the agency itself acts on it; each act is out of turn until its step; the published report is in the ledger
 * and a change behind the ledger's back is found. Each test takes a year of its own: the tests share one database.
 */
@IntegrationTest
class AnnualReportWorkflowIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EarlyWarningList warnings;
    @Autowired
    AnnualReportWorkflow workflow;
    @Autowired
    org.mingjing.organization.Organization organization;
    Api api;
    String hubin;
    String lingbao;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        hubin = api.get("/api/me", "hubin.officer1").text("agencyId");
        lingbao = api.get("/api/me", "lingbao.officer1").text("agencyId");
    }

    Api.Response draft(String user, String agencyId, int year) {
        return api.post("/api/statistics/reports", user,
                "{\"agencyId\": \"" + agencyId + "\", \"year\": " + year + "}");
    }

    static void status(Api.Response r, int expected) {
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    Api.Response edit(String user, String id, String narrative, int version) {
        return api.put("/api/statistics/reports/" + id + "/narrative", user,
                "{\"narrative\": " + quoted(narrative) + ", \"version\": " + version + "}");
    }

    @Test
    void aReportGoesFromDraftThroughReviewToThePortalAndIsPartOfTheRecord() throws Exception {
        // Only the agency itself drafts: another county cannot see it, the city may see it but not write it.
        status(draft("lingbao.officer1", hubin, 2024), 404);
        status(draft("city.supervisor", hubin, 2024), 403);
        Api.Response thisYear = draft("hubin.officer1", hubin, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .getYear());
        status(thisYear, 400);
        assertThat(thisYear.contentType()).startsWith("application/problem+json");
        assertThat(thisYear.body()).contains("year", "已经结束的年度");

        Api.Response drafted = draft("hubin.officer1", hubin, 2024);
        status(drafted, 201);
        String id = drafted.text("id");
        JsonNode d = drafted.json();
        assertThat(d.get("status").asString()).isEqualTo("DRAFT");
        assertThat(d.get("year").asInt()).isEqualTo(2024);
        assertThat(d.get("figures").get("year").asInt()).isEqualTo(2024);
        // The first draft is written from the figures and ends with the paragraph the agency must write.
        long filed = d.get("figures").get("casesFiled").asLong();
        assertThat(d.get("narrative").asString()).contains("2024年度共立案 " + filed + " 件", "持证率", "【待补充】");
        status(draft("hubin.head", hubin, 2024), 409);

        // Not submitted while the agency's own paragraph is missing; edits are checked and versioned.
        Api.Response early = api.post("/api/statistics/reports/" + id + "/submit", "hubin.officer1", "");
        status(early, 400);
        assertThat(early.body()).contains("narrative", "【待补充】");
        status(edit("hubin.officer1", id, "  ", 0), 400);
        status(edit("hubin.officer1", id, "x".repeat(AnnualReportWorkflow.MAX_NARRATIVE + 1), 0), 400);
        status(edit("hubin.officer1", id, "文字", 7), 409);
        status(edit("hubin.reviewer", id, "文字", 0), 403);
        String ours = d.get("narrative").asString().replaceAll("【待补充】.*", "本年度我局开展社会组织执法检查，依法查处违法行为。");
        // A draft still holding the paragraph to write may be saved; it is only refused on submission.
        Api.Response unfinished = edit("hubin.officer1", id, d.get("narrative").asString() + "\n初稿。", 0);
        status(unfinished, 200);
        assertThat(unfinished.json().get("version").asInt()).isEqualTo(1);
        status(api.post("/api/statistics/reports/" + id + "/submit", "hubin.officer1", ""), 400);
        Api.Response edited = edit("hubin.officer1", id, ours, 1);
        status(edited, 200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/statistics/reports/" + id, "hubin.head").text("status")).isEqualTo("DRAFT");

        // Submitted, it is frozen; the submitter may not review it, nor may an officer who is not a reviewer.
        status(api.post("/api/statistics/reports/" + id + "/submit", "hubin.officer1", ""), 200);
        status(edit("hubin.officer1", id, ours + "再改", 3), 409);
        status(api.post("/api/statistics/reports/" + id + "/review", "hubin.officer2", "{\"passed\": true}"), 403);
        status(api.post("/api/statistics/reports/" + id + "/approval", "hubin.head", "{\"approved\": true}"), 409);

        // Returned with a note (a return without one is refused), mended and submitted again.
        Api.Response noNote = api.post("/api/statistics/reports/" + id + "/review", "hubin.reviewer",
                "{\"passed\": false}");
        status(noNote, 400);
        assertThat(noNote.body()).contains("note");
        Api.Response returned = api.post("/api/statistics/reports/" + id + "/review", "hubin.reviewer",
                "{\"passed\": false, \"note\": \"请补充执法检查的次数\"}");
        status(returned, 200);
        assertThat(returned.text("status")).isEqualTo("RETURNED");
        assertThat(returned.text("returnedNote")).isEqualTo("请补充执法检查的次数");
        int version = returned.json().get("version").asInt();
        status(edit("hubin.officer1", id, ours + "全年开展执法检查 12 次。", version), 200);
        status(api.post("/api/statistics/reports/" + id + "/submit", "hubin.officer1", ""), 200);
        Api.Response reviewed = api.post("/api/statistics/reports/" + id + "/review", "hubin.reviewer",
                "{\"passed\": true, \"note\": \"数据核对无误\"}");
        status(reviewed, 200);
        assertThat(reviewed.text("status")).isEqualTo("REVIEWED");

        // Only the head approves, and approving publishes it.
        status(api.post("/api/statistics/reports/" + id + "/approval", "hubin.reviewer", "{\"approved\": true}"), 403);
        status(api.post("/api/statistics/reports/" + id + "/approval", "hubin.head", "{}"), 400);
        Api.Response published = api.post("/api/statistics/reports/" + id + "/approval", "hubin.head",
                "{\"approved\": true}");
        status(published, 200);
        JsonNode p = published.json();
        assertThat(p.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(p.get("publishedBy").asString()).isEqualTo("hubin.head");
        assertThat(p.get("events")).extracting(e -> e.get("action").asString()).containsExactly("DRAFTED", "EDITED",
                "EDITED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "REVIEWED", "PUBLISHED");
        status(api.post("/api/statistics/reports/" + id + "/recount", "hubin.officer1", ""), 409);

        // On the portal for anyone, with the PDF kept as printed.
        Api.Response list = api.get("/api/public/annual-reports?year=2024", null);
        status(list, 200);
        assertThat(list.json().valueStream().map(r -> r.get("id").asString())).contains(id);
        Api.Response pub = api.get("/api/public/annual-reports/" + id, null);
        status(pub, 200);
        assertThat(pub.text("narrative")).contains("全年开展执法检查 12 次。");
        assertThat(pub.body()).doesNotContain("hubin.officer1", "hubin.head");
        Api.Download pdf = api.download("/api/public/annual-reports/" + id + "/pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                .isEqualTo(p.get("pdfSha256").asString());
        assertThat(api.download("/api/public/annual-reports/" + id + "/pdf", null).body()).isEqualTo(pdf.body());
        Api.Download xlsx = api.download("/api/public/annual-reports/" + id + "/xlsx", null);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("2024年度");
        }

        // The city follows its counties: 湖滨 published, 灵宝 not begun.
        Api.Response standings = api.get("/api/statistics/reports?agencyId=&year=2024", "city.supervisor");
        status(standings, 200);
        JsonNode byAgency = standings.json();
        assertThat(byAgency.valueStream().filter(s -> s.get("agencyId").asString().equals(hubin)).findFirst()
                .orElseThrow().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(byAgency.valueStream().filter(s -> s.get("agencyId").asString().equals(lingbao)).findFirst()
                .orElseThrow().get("status").isNull()).isTrue();
        status(api.get("/api/statistics/reports/" + id, "lingbao.officer1"), 404);

        // A published report's year no longer lapses; one not published does.
        assertThat(warnings.reportReminders(Set.of(hubin), LocalDate.parse("2025-02-01"), Locale.SIMPLIFIED_CHINESE))
                .noneMatch(w -> w.code().equals("ANNUAL_REPORT_LAPSED"));
        assertThat(warnings.reportReminders(Set.of(lingbao), LocalDate.parse("2025-02-01"), Locale.SIMPLIFIED_CHINESE))
                .anyMatch(w -> w.code().equals("ANNUAL_REPORT_LAPSED"));

        // Every act is in the ledger; a narrative changed behind its back is found.
        Api.Response verified = api.get("/api/statistics/reports/" + id + "/verification", "hubin.head");
        status(verified, 200);
        assertThat(verified.json().get("intact").asBoolean()).isTrue();
        assertThat(verified.json().get("entries").asInt()).isEqualTo(9);
        jdbc.sql("UPDATE annual_report SET narrative = :n WHERE id = :id").param("n", ours + "篡改")
                .param("id", id).update();
        assertThat(api.get("/api/statistics/reports/" + id + "/verification", "hubin.head").json().get("intact")
                .asBoolean()).isFalse();
    }

    @Test
    void inJanuaryEveryAgencyFindsLastYearsReportDraftedOnce() {
        int agencies = organization.agencies().size();
        assertThat(workflow.draftMissing(LocalDate.parse("2026-12-20"))).isZero();
        // The year 2026 is still running for every other test, so nobody else drafts it.
        assertThat(workflow.draftMissing(LocalDate.parse("2027-01-02"))).isEqualTo(agencies);
        assertThat(workflow.draftMissing(LocalDate.parse("2027-01-03"))).isZero();
        Api.Response standings = api.get("/api/statistics/reports?year=2026", "city.supervisor");
        assertThat(standings.json().valueStream().map(s -> s.get("status").asString())).containsOnly("DRAFT");
        String id = standings.json().valueStream().filter(s -> s.get("agencyId").asString().equals(hubin))
                .findFirst().orElseThrow().get("id").asString();
        JsonNode r = api.get("/api/statistics/reports/" + id, "hubin.officer1").json();
        assertThat(r.get("draftedBy").asString()).isEqualTo("system");
        assertThat(r.get("narrative").asString()).contains("2026年度共立案", "【待补充】");
        assertThat(api.get("/api/statistics/reports/" + id + "/verification", "hubin.head").json().get("intact")
                .asBoolean()).isTrue();
        // The agency takes it from there.
        status(edit("hubin.officer1", id, "2026年度报告。", 0), 200);
    }

    @Test
    void theAgencysOwnAccountReplacesTheParagraphMarkedToBeWritten() {
        assertThat(workflow.withOwnAccount("立案 3 件。\n【待补充】请写明。\n持证率 100.00%。", " 做法。\n\n打算。 "))
                .isEqualTo("立案 3 件。\n持证率 100.00%。\n做法。\n打算。");
    }

    @Test
    void theHeadMayReturnAReviewedReportAndNobodyReviewsWhatTheySubmitted() {
        Api.Response drafted = draft("hubin.head", hubin, 2023);
        status(drafted, 201);
        String id = drafted.text("id");
        String ours = drafted.text("narrative").replaceAll("【待补充】.*", "全年工作平稳。");
        status(edit("hubin.head", id, ours, 0), 200);
        status(api.post("/api/statistics/reports/" + id + "/submit", "hubin.head", ""), 200);
        Api.Response self = api.post("/api/statistics/reports/" + id + "/review", "hubin.head", "{\"passed\": true}");
        status(self, 409);
        assertThat(self.body()).contains("separate-reviewer-required");
        status(api.post("/api/statistics/reports/" + id + "/review", "hubin.reviewer", "{\"passed\": true}"), 200);
        Api.Response back = api.post("/api/statistics/reports/" + id + "/approval", "hubin.head",
                "{\"approved\": false, \"note\": \"罚没金额需与财务核对\"}");
        status(back, 200);
        assertThat(back.text("status")).isEqualTo("RETURNED");
        // Not published: the portal does not have it, but the agency may print it as it stands.
        status(api.get("/api/public/annual-reports/" + id, null), 404);
        assertThat(api.download("/api/public/annual-reports/" + id + "/pdf", null).status()).isEqualTo(404);
        assertThat(api.download("/api/public/annual-reports/" + id + "/xlsx", null).status()).isEqualTo(404);
        assertThat(api.download("/api/statistics/reports/" + id + "/xlsx", "hubin.officer1").status()).isEqualTo(200);
        assertThat(api.download("/api/statistics/reports/" + id + "/xlsx", "lingbao.officer1").status()).isEqualTo(404);
        Api.Download preview = api.download("/api/statistics/reports/" + id + "/pdf", "hubin.officer1");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("application/pdf");
        status(api.get("/api/statistics/reports/no-such-report", "hubin.officer1"), 404);
        status(api.post("/api/statistics/reports/" + id + "/review", "hubin.reviewer", "not json"), 400);
        status(api.get("/api/statistics/reports/" + id, null), 401);
    }
}
