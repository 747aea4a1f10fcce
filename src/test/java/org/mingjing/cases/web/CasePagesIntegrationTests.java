package org.mingjing.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.FormSession;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The staff pages of a penalty case: an officer files through the form and sees the case with its next step; a
 * bad form shows each fault beside its field and files nothing; a gate of the law comes back on the page in
 * Chinese with the article it applies; officers of another county do not see the case, officers of the agency
 * who do not handle it read it without forms and are refused when they post; the officer's workbench lists the
 * case's deadline and the head's warns of it once lapsed.
 */
@IntegrationTest
class CasePagesIntegrationTests {

    private static final Pattern CASE_LOCATION = Pattern.compile("/cases/([0-9a-f-]{36})$");

    @LocalServerPort
    int port;

    Api api;
    String officer1;
    String officer2;
    String suffix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void anOfficerFilesACaseThroughTheFormAndIsShownTheNextStep() {
        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        HttpResponse<String> blank = officer.get("/cases/new");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("MZ-CF-SHTT-30", "王建国", "刘洋", "id=\"officer-" + officer1 + "\" checked");

        String party = "三门峡市湖滨区晨光文化交流协会" + suffix;
        HttpResponse<String> filed = post(officer, "/cases/new", filing(party, "51411202MJ1234567M", "10000"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String id = caseId(filed);

        String page = officer.get("/cases/" + id).body();
        assertThat(page).containsPattern("已立案：湖民立〔2026〕\\d+号").contains(party, "51411202MJ1234567M",
                "对社会团体违反登记管理规定行为的行政处罚", "下一步：调查取证：制作笔录", "id=\"form-RECORD\"",
                "立案后作出行政处罚决定", "2026-12-14", "立案审批表", "/api/documents/");
        assertThat(page).doesNotContain("id=\"form-DECISION\"");
        JsonNode view = api.get("/api/cases/" + id, "hubin.officer2").json();
        assertThat(view.get("illegalIncome").decimalValue()).isEqualByComparingTo("10000");
        assertThat(view.get("officers")).hasSize(2);

        String english = FormSession.signIn(port, "hubin.officer2", Api.DEMO_PASSWORD).get("/cases/" + id + "?lang=en")
                .body();
        assertThat(english).contains("Next: Investigation: make a record", "Statutory deadlines", "Officers");

        String list = officer.get("/cases?mine=true&q=" + enc(party)).body();
        assertThat(list).contains(party, "id=\"newCase\"");
        String fragment = officer.get("/cases/fragments/results?q=" + enc(party)).body();
        assertThat(fragment).doesNotContain("<html").contains(party, "/cases/" + id);
        assertThat(officer.get("/cases/fragments/results?stage=ARCHIVED&q=" + enc(party)).body())
                .doesNotContain(party);
    }

    @Test
    void aBadFilingFormShowsEveryFaultBesideItsFieldKeepsWhatWasTypedAndFilesNothing() {
        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        officer.get("/cases/new");
        String party = "错误表单协会" + suffix;
        List<Map.Entry<String, String>> form = filing(party, "51411202MJ1234567X", "abc");
        form.removeIf(e -> e.getKey().equals("facts"));

        HttpResponse<String> refused = post(officer, "/cases/new", form);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("is-invalid", "请更正标出的内容", "“abc”不是有效的数字",
                "value=\"" + party + "\"", "value=\"51411202MJ1234567X\"");
        form.removeIf(e -> e.getKey().equals("illegalIncome"));
        form.add(Map.entry("illegalIncome", "10000"));
        HttpResponse<String> stillRefused = post(officer, "/cases/new", form);
        assertThat(stillRefused.statusCode()).isEqualTo(400);
        assertThat(stillRefused.body()).contains("不能为空", "统一社会信用代码");
        assertThat(api.get("/api/cases?q=" + enc(party), "hubin.officer1").json().get("total").asLong()).isZero();
    }

    @Test
    void aFilingWithOneOfficerIsRefusedWithTheArticleAndKeepsTheInput() {
        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        officer.get("/cases/new");
        String party = "一人办案协会" + suffix;
        List<Map.Entry<String, String>> form = filing(party, "51411202MJ1234567M", "10000");
        form.removeIf(e -> e.getKey().equals("officerIds") && e.getValue().equals(officer2));

        HttpResponse<String> refused = post(officer, "/cases/new", form);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("执法人员不得少于两人", "行政处罚法第四十二条", "value=\"" + party + "\"");
        assertThat(api.get("/api/cases?q=" + enc(party), "hubin.officer1").json().get("total").asLong()).isZero();
    }

    @Test
    void aDecisionWithoutNoticeIsRefusedOnThePageInChinese() {
        String id = fileByApi("2026-10-01", "2026-10-08");
        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        officer.get("/cases/" + id);

        HttpResponse<String> refused = post(officer, "/cases/" + id + "/decision", List.of(
                Map.entry("decidedOn", "2026-10-09"), Map.entry("type", "PENALTY"),
                Map.entry("penalties", "WARNING"), Map.entry("basis", "依据测试" + suffix)));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("本案尚未告知", "行政处罚法第四十四条", "data-refusal", "id=\"form-DECISION\"",
                "依据测试" + suffix);
        assertThat(api.get("/api/cases/" + id, "hubin.officer1").text("stage")).isEqualTo("FILING");

        HttpResponse<String> badRecord = post(officer, "/cases/" + id + "/records", List.of(
                Map.entry("kind", "INQUIRY"), Map.entry("occurredOn", "2026-13-40"), Map.entry("officerIds", officer1),
                Map.entry("officerIds", officer2), Map.entry("certificateShown", "true"), Map.entry("content", "")));
        assertThat(badRecord.statusCode()).isEqualTo(400);
        assertThat(badRecord.body()).contains("日期“2026-13-40”格式不正确", "is-invalid");
        assertThat(api.get("/api/cases/" + id, "hubin.officer1").json().get("steps")).isEmpty();

        HttpResponse<String> recorded = post(officer, "/cases/" + id + "/records", List.of(Map.entry("kind", "INQUIRY"),
                Map.entry("occurredOn", "2026-10-09"), Map.entry("officerIds", officer1),
                Map.entry("officerIds", officer2), Map.entry("certificateShown", "true"),
                Map.entry("person", "赵立新"), Map.entry("content", "问：是否举办收费培训？答：举办过三期。")));
        assertThat(recorded.statusCode()).isEqualTo(302);
        String page = officer.get("/cases/" + id).body();
        assertThat(page).contains("笔录已记录", "询问笔录", "对象：赵立新", "已出示执法证件", "下一步：送达行政处罚事先告知书",
                "id=\"form-NOTICE\"", "违法所得3倍至5倍");
    }

    @Test
    void anotherCountysOfficerDoesNotSeeTheCase() {
        String id = fileByApi("2026-10-01", "2026-10-08");
        String number = api.get("/api/cases/" + id, "hubin.officer1").text("number");
        FormSession lingbao = FormSession.signIn(port, "lingbao.officer1", Api.DEMO_PASSWORD);
        HttpResponse<String> page = lingbao.get("/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("无权查看").doesNotContain(number);
        assertThat(lingbao.get("/cases/fragments/results?q=" + enc(number)).body()).doesNotContain(number)
                .contains("没有符合条件的案件");
    }

    @Test
    void anOfficerNotOnTheCaseReadsItWithoutFormsAndIsRefusedWhenPosting() {
        String id = fileByApi("2026-10-01", "2026-10-08");
        FormSession officer3 = FormSession.signIn(port, "hubin.officer3", Api.DEMO_PASSWORD);
        HttpResponse<String> page = officer3.get("/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("只能查看本案", "王建国").doesNotContain("id=\"form-");

        HttpResponse<String> refused = post(officer3, "/cases/" + id + "/records", List.of(Map.entry("kind", "INQUIRY"),
                Map.entry("occurredOn", "2026-10-09"), Map.entry("officerIds", officer1),
                Map.entry("officerIds", officer2), Map.entry("certificateShown", "true"), Map.entry("content", "越权")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(post(officer3, "/cases/" + id + "/close", List.of()).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + id, "hubin.officer1").json().get("steps")).isEmpty();
    }

    @Test
    void theWorkbenchListsTheCasesDeadlineForTheOfficerAndWarnsTheHeadOnceItLapsed() {
        String id = fileByApi("2026-05-20", "2026-06-01");
        JsonNode view = api.get("/api/cases/" + id, "hubin.officer1").json();
        String number = view.get("number").asString();
        String due = view.get("deadlines").get(0).get("due").asString();

        String officerHome = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD).get("/home").body();
        assertThat(officerHome).contains("案件 " + number + "（对社会团体违反登记管理规定行为的行政处罚）：立案后作出行政处罚决定 截止 " + due,
                "案件 " + number + "（对社会团体违反登记管理规定行为的行政处罚）：下一步 调查取证：制作笔录",
                "href=\"/cases/" + id + "\"");

        String headHome = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD).get("/home").body();
        assertThat(headHome).contains("案件 " + number + "（对社会团体违反登记管理规定行为的行政处罚）：立案后作出行政处罚决定 已于 "
                + due + " 届满");
        String english = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD).get("/home?lang=en").body();
        assertThat(english).contains("Case " + number);
    }

    // ---------------------------------------------------------------- helpers

    private String fileByApi(String occurredOn, String filedOn) {
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展收费培训活动，违法所得人民币壹万元。",
                 "occurredOn": "%s", "filedOn": "%s", "place": "湖滨区黄河路18号", "illegalIncome": 10000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "页面测试协会%s",
                   "creditCode": "51411202MJ1234567M"}],
                 "officerIds": ["%s", "%s"]}""".formatted(occurredOn, filedOn, suffix, officer1, officer2));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    private List<Map.Entry<String, String>> filing(String party, String creditCode, String income) {
        return new ArrayList<>(List.of(Map.entry("matterCode", "MZ-CF-SHTT-30"), Map.entry("procedure", "GENERAL"),
                Map.entry("source", "INSPECTION"),
                Map.entry("facts", "该协会超出章程规定的宗旨和业务范围，以举办培训为名收取费用。"),
                Map.entry("occurredOn", "2026-09-10"), Map.entry("filedOn", "2026-09-15"),
                Map.entry("place", "湖滨区黄河路18号"), Map.entry("illegalIncome", income),
                Map.entry("illegalTurnover", ""), Map.entry("continuingUntil", ""),
                Map.entry("partyType", "LEGAL_PERSON"), Map.entry("partyName", party),
                Map.entry("partyCreditCode", creditCode), Map.entry("partyLegalRepresentative", "赵立新"),
                Map.entry("partyPhone", "13903981234"), Map.entry("partyAddress", "湖滨区黄河路18号"),
                Map.entry("partyIdNumber", ""), Map.entry("partyBirthDate", ""),
                Map.entry("witnessName", "王某"), Map.entry("witnessIdNumber", ""), Map.entry("witnessPhone", ""),
                Map.entry("witnessAddress", ""), Map.entry("officerIds", officer1), Map.entry("officerIds", officer2)));
    }

    private static String caseId(HttpResponse<String> response) {
        Matcher m = CASE_LOCATION.matcher(response.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as(response.headers().toString()).isTrue();
        return m.group(1);
    }

    /** A form post with repeated fields (checkboxes), as a browser sends it, with the session's CSRF token. */
    private static HttpResponse<String> post(FormSession session, String path, List<Map.Entry<String, String>> form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(form);
        fields.add(Map.entry("_csrf", session.csrfToken()));
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return session.send(HttpRequest.newBuilder(session.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
