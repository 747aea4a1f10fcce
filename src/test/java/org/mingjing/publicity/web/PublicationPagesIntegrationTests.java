package org.mingjing.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.publicity.PublicityCases;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.FormSession;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The staff pages of publicity without a browser: each role sees the list within its reach and the head its
 * settings; the release page shows both texts with every finding marked; what a user can send wrong — an unknown
 * id, status or page, an empty reason, a date that is none, a mark not in the text, months that are not a number —
 * comes back as a page (404, or the form with the fault in Chinese), never a 500, and changes nothing.
 */
@IntegrationTest
class PublicationPagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    PublicityCases cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new PublicityCases(api);
    }

    @Test
    void theListShowsEachRoleItsReachAndTheHeadItsSettings() {
        String caseId = cases.decidedAgainstPerson(PublicityCases.planted(), "孙丽华", null, "hubin.officer1");
        String id = cases.publicationOf(caseId).get("id").asString();
        String number = cases.publicationOf(caseId).get("number").asString();

        HttpResponse<String> officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD)
                .get("/publications?status=PENDING");
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.body()).contains("公示管理", "id=\"navPublications\"", "data-status=\"PENDING\"")
                .doesNotContain("id=\"settingsForm\"");
        String head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD).get("/publications").body();
        assertThat(head).contains("id=\"settingsForm\"", "公开设置", "发布审核人员", "陈静");
        assertThat(FormSession.signIn(port, "city.supervisor", Api.DEMO_PASSWORD).get("/publications").statusCode())
                .isEqualTo(200);
        // The release page reached from the list: 7 working days after 2026-09-24, long past.
        String page = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD).get("/publications/" + id).body();
        assertThat(page).contains(number, "已超期（应于2026-10-12前发布）", "王建国（hubin.officer1）",
                "id=\"releaseButton\"");

        assertThat(FormSession.signIn(port, "sysadmin", Api.DEMO_PASSWORD).get("/publications").statusCode())
                .isEqualTo(403);
        FormSession someone = FormSession.signIn(port, "hubin.officer2", Api.DEMO_PASSWORD);
        HttpResponse<String> badStatus = someone.get("/publications?status=LOST");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("id=\"filterError\"", "“LOST”不是有效的选项", "id=\"publicationTable\"");
        assertThat(someone.get("/publications?page=x").body()).contains("“x”不是整数");
        assertThat(someone.get("/publications?page=-1").body()).contains("页码须为不小于 0 的整数");
        assertThat(someone.get("/publications?actType=NONE").statusCode()).isEqualTo(400);
        // A page far beyond the last is empty, not an overflowing offset.
        HttpResponse<String> far = someone.get("/publications?page=200000000");
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).contains("共 ");
    }

    @Test
    void theReleasePageShowsBothTextsWithEveryFindingMarkedAndOnlyToWhomTheCaseIsVisible() {
        PublicityCases.Planted planted = PublicityCases.planted();
        String caseId = cases.decidedAgainstPerson(planted, "孙丽华", null, "hubin.officer1");
        String id = cases.publicationOf(caseId).get("id").asString();
        JsonNode preview = api.get("/api/publications/" + id + "/preview", "hubin.head").json();
        int findings = preview.get("findings").size();

        String page = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD).get("/publications/" + id).body();
        String original = between(page, "id=\"originalText\">", "</div>");
        String masked = between(page, "id=\"maskedText\">", "</div>");
        assertThat(count(original, "<mark ")).isEqualTo(findings);
        assertThat(count(masked, "<mark ")).isEqualTo(findings);
        assertThat(original).contains(planted.witnessName(), planted.partyPhone());
        for (String value : planted.all()) {
            assertThat(masked).as("masked column holds %s", value).doesNotContain(value);
        }
        assertThat(masked).contains("李某").contains("孙丽华");
        assertThat(page).contains("发现需隐去的信息" + findings + "处", "自然人姓名", "id=\"marksForm\"");

        // The officer who entered the decision reads it, and is told why they may not release it.
        String officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD).get("/publications/" + id)
                .body();
        assertThat(officer).contains("id=\"whyNot\"", "只有本机关负责人或指定的发布审核人员").doesNotContain("id=\"releaseButton\"");

        // Whoever is not on the case opens the original with a reason in the retrieval log (调阅).
        FormSession.signIn(port, "hubin.reviewer", Api.DEMO_PASSWORD).get("/publications/" + id);
        JsonNode opened = api.get("/api/cases/" + caseId + "/retrievals", "hubin.head").json().get("items");
        assertThat(opened.valueStream().filter(r -> r.get("username").asString().equals("hubin.reviewer")))
                .anySatisfy(r -> assertThat(r.get("reason").asString()).isEqualTo("核对公示信息"));

        FormSession other = FormSession.signIn(port, "lingbao.officer1", Api.DEMO_PASSWORD);
        assertThat(other.get("/publications/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/publications/no-such-id").statusCode()).isEqualTo(404);
        assertThat(other.get("/cases/" + caseId + "/publication-card").statusCode()).isEqualTo(404);

        // The case page's card lists it.
        String card = FormSession.signIn(port, "hubin.officer2", Api.DEMO_PASSWORD)
                .get("/cases/" + caseId + "/publication-card").body();
        assertThat(card).doesNotContain("<html").contains("id=\"publicationCard\"", "/publications/" + id, "待发布");
    }

    @Test
    void aRefusedFormComesBackWithTheFaultInChineseAndNothingChanges() {
        String caseId = cases.decidedAgainstPerson(PublicityCases.planted(), "孙丽华", null, "hubin.officer1");
        String id = cases.publicationOf(caseId).get("id").asString();
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        head.get("/publications/" + id);

        HttpResponse<String> mark = head.post("/publications/" + id + "/marks", Map.of("marks", "原文中没有的内容"));
        assertThat(mark.statusCode()).isEqualTo(400);
        assertThat(mark.body()).contains("标记的内容“原文中没有的内容”不在原文中", "is-invalid", "原文中没有的内容");

        HttpResponse<String> change = head.post("/publications/" + id + "/change",
                Map.of("kind", "WITHDRAW", "on", "2026-13-45", "cause", "复议机关撤销原决定"));
        assertThat(change.statusCode()).isEqualTo(400);
        assertThat(change.body()).contains("日期“2026-13-45”格式不正确", "复议机关撤销原决定");
        HttpResponse<String> early = head.post("/publications/" + id + "/change",
                Map.of("kind", "WITHDRAW", "on", "2020-01-01", "cause", "复议机关撤销原决定"));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("日期须在决定日期2026-09-24至今天");

        HttpResponse<String> withdraw = head.post("/publications/" + id + "/withdrawal", Map.of("reason", " "));
        assertThat(withdraw.statusCode()).isEqualTo(400);
        assertThat(withdraw.body()).contains("不能为空", "id=\"withdrawForm\"");

        // Not on the case and no releaser: the service's 403 is the error page.
        FormSession reviewer = FormSession.signIn(port, "hubin.reviewer", Api.DEMO_PASSWORD);
        reviewer.get("/publications/" + id);
        assertThat(reviewer.post("/publications/" + id + "/publish", Map.of()).statusCode()).isEqualTo(403);
        assertThat(reviewer.post("/publications/" + id + "/withdrawal", Map.of("reason", "撤回")).statusCode())
                .isEqualTo(403);

        JsonNode after = cases.publicationOf(caseId);
        assertThat(after.get("status").asString()).isEqualTo("PENDING");
        assertThat(after.get("change") == null || after.get("change").isNull()).as(after.toString()).isTrue();
        assertThat(api.get("/api/publications/" + id + "/preview", "hubin.head").json().get("marks")).isEmpty();

        // A correction is for a public one: refused on a pending one, shown at the top of the page.
        HttpResponse<String> correct = head.post("/publications/" + id + "/correction",
                Map.of("reason", "更正", "text", "全文"));
        assertThat(correct.statusCode()).isEqualTo(409);
        assertThat(correct.body()).contains("id=\"refusal\"", "该公示信息当前状态不允许此操作");
    }

    @Test
    void theHeadCorrectsAPublishedTextWithAPublicNoteAndThePreviousTextIsKept() {
        PublicityCases.Planted planted = PublicityCases.planted();
        String id = cases.published(planted, "孙丽华");
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        String page = head.get("/publications/" + id).body();
        assertThat(page).contains("id=\"correctForm\"", "id=\"changeForm\"", "首次发布");
        String original = api.get("/api/publications/" + id + "/preview", "hubin.head").text("original");
        // The form is prefilled with the current original, private data and all: it is masked again on the way out.
        assertThat(page).contains(planted.partyPhone());

        HttpResponse<String> noText = head.post("/publications/" + id + "/correction",
                Map.of("reason", "处罚依据条款有误", "text", ""));
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).contains("不能为空", "处罚依据条款有误");

        // The nightly re-scan's open alert stands on the page and in the list until the correction resolves it.
        jdbc.sql("INSERT INTO publication_alert (id, publication_id, agency_id, found_at, findings)"
                + " SELECT :alert, id, agency_id, CURRENT_TIMESTAMP, 'ID_NUMBER,PHONE' FROM publication WHERE id = :id")
                .param("alert", UUID.randomUUID().toString()).param("id", id).update();
        assertThat(head.get("/publications/" + id).body()).contains("id=\"rescanAlert\"",
                "复查发现已公开文本含个人信息：身份证号、电话");
        String caseId = api.get("/api/publications/" + id, "hubin.head").text("caseId");
        assertThat(head.get("/cases/" + caseId + "/publication-card").body()).contains("复查发现已公开文本含个人信息");

        String corrected = original.replace("第三十条第一款", "第三十条第二款");
        HttpResponse<String> done = head.post("/publications/" + id + "/correction",
                Map.of("reason", "处罚依据条款有误", "text", corrected));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        String after = head.get("/publications/" + id).body();
        assertThat(after).doesNotContain("id=\"rescanAlert\"").contains("已更正（第1次更正），原文本已保留", "已更正（第1次）：处罚依据条款有误", "第1次更正",
                "说明：处罚依据条款有误");
        JsonNode view = api.get("/api/publications/" + id, "hubin.head").json();
        assertThat(view.get("revision").asInt()).isEqualTo(1);
        assertThat(view.get("maskedText").asString()).contains("第三十条第二款").doesNotContain(planted.partyPhone());
        assertThat(api.get("/api/publications/" + id + "/revisions", "hubin.head").json()).hasSize(2);
    }

    @Test
    void aMinorsDecisionShowsWhyItIsBlockedAndCannotBeReleasedFromThePage() {
        String caseId = cases.decidedAgainstPerson(PublicityCases.planted(), "孙小明", "2010-05-01", "hubin.officer1");
        String id = cases.publicationOf(caseId).get("id").asString();
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        String page = head.get("/publications/" + id).body();
        assertThat(page).contains("id=\"blockedReason\"", "决定涉及未成年人，依法不予公开", "不予公开")
                .doesNotContain("id=\"releaseButton\"", "id=\"withdrawForm\"", "id=\"marksForm\"");
        HttpResponse<String> forced = head.post("/publications/" + id + "/publish", Map.of());
        assertThat(forced.statusCode()).isEqualTo(409);
        assertThat(forced.body()).contains("id=\"refusal\"", "该决定不能发布");
        assertThat(cases.publicationOf(caseId).get("status").asString()).isEqualTo("BLOCKED");
    }

    @Test
    void theHeadSavesTheSettingsAndMonthsThatAreNoNumberComeBackOnTheForm() {
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        String agencyId = api.get("/api/me", "hubin.head").text("agencyId");
        String officer3 = api.get("/api/me", "hubin.officer3").text("officerId");
        head.get("/publications?actType=ADMINISTRATIVE_CONFIRMATION");
        Map<String, String> form = new HashMap<>(Map.of("actType", "ADMINISTRATIVE_CONFIRMATION", "published", "true",
                "retentionMonths", "三年", "smallRetentionMonths", "3", "smallFineLimit", "10000"));
        HttpResponse<String> bad = head.post("/publications/settings", form);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("“三年”不是整数", "is-invalid", "value=\"三年\"");
        form.put("retentionMonths", "6");
        form.put("smallRetentionMonths", "12");
        HttpResponse<String> longer = head.post("/publications/settings", form);
        assertThat(longer.statusCode()).isEqualTo(400);
        assertThat(longer.body()).contains("月数须在1至6之间");
        String path = "/api/agencies/" + agencyId + "/publication-settings/ADMINISTRATIVE_CONFIRMATION";
        assertThat(api.get(path, "hubin.head").json().get("retentionMonths").asInt()).isEqualTo(36);

        form.put("smallRetentionMonths", "2");
        HttpResponse<String> saved = head.send(HttpRequest.newBuilder(head.uri("/publications/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form, head.csrfToken())
                        + "&excludedPenaltyKinds=WARNING&releaserOfficerIds=" + officer3)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode setting = api.get(path, "hubin.head").json();
        assertThat(setting.get("retentionMonths").asInt()).isEqualTo(6);
        assertThat(setting.get("smallRetentionMonths").asInt()).isEqualTo(2);
        assertThat(setting.get("excludedPenaltyKinds").get(0).asString()).isEqualTo("WARNING");
        assertThat(setting.get("releaserOfficerIds").get(0).asString()).isEqualTo(officer3);
        String shown = head.get("/publications?actType=ADMINISTRATIVE_CONFIRMATION").body();
        assertThat(shown).contains("行政确认的公开设置已保存").containsPattern("id=\"excluded-WARNING\"\\s+checked")
                .containsPattern("id=\"releaser-" + officer3 + "\"\\s+checked");

        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        officer.get("/publications");
        form.put("retentionMonths", "1");
        form.put("smallRetentionMonths", "1");
        assertThat(officer.post("/publications/settings", form).statusCode()).isEqualTo(403);
        assertThat(api.get(path, "hubin.head").json().get("retentionMonths").asInt()).isEqualTo(6);
    }

    // ---------------------------------------------------------------- helpers

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        start += from.length();
        return page.substring(start, page.indexOf(to, start));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String encode(Map<String, String> form, String csrf) {
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
