package org.mingjing.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterDraft;
import org.mingjing.catalogue.MatterSheets;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.FormSession;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalogue's staff pages keep the rule of who maintains the lists (the agency's own head or legal
 * reviewers), show every fault of a form against its field and change nothing then, and keep the history of every
 * change with its reason; the public pages of an agency answer without sign-in.
 */
@IntegrationTest
class CataloguePagesIntegrationTests {

    private static final Pattern MATTER_LOCATION = Pattern.compile("/catalogue/matters/([0-9a-f-]{36})$");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    MatterSheets sheets;

    private String hubin;
    private String suffix;

    @BeforeEach
    void setUp() {
        hubin = new Api(port).agencyId("湖滨区民政局");
        suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theHeadCreatesAMatterThroughTheFormEditsItWithAReasonAndTheHistoryShowsBoth() {
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        HttpResponse<String> blank = head.get("/catalogue/matters/new?agencyId=" + hubin);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("《社会团体登记管理条例》第三十条第一款")
                .contains("value=\"ON_SITE_ENFORCEMENT\" checked");

        String code = "T-FORM-" + suffix;
        HttpResponse<String> created = post(head, "/catalogue/matters/new", penaltyForm(code, "测试社团处罚" + suffix));
        assertThat(created.statusCode()).isEqualTo(302);
        String id = matterId(created);

        String detail = head.get("/catalogue/matters/" + id).body();
        assertThat(detail).contains("测试社团处罚" + suffix, "《社会团体登记管理条例》第三十条第一款", "<svg",
                "1000元至5000元", "90日", "新增");

        String editPage = head.get("/catalogue/matters/" + id + "/edit").body();
        assertThat(editPage).contains("测试社团处罚" + suffix);
        List<Map.Entry<String, String>> edit = penaltyForm(code, "测试社团处罚（修订）" + suffix);
        edit.add(Map.entry("version", version(editPage)));
        edit.add(Map.entry("reason", "条例修订后调整事项名称"));
        assertThat(post(head, "/catalogue/matters/" + id + "/edit", edit).statusCode()).isEqualTo(302);

        String history = head.get("/catalogue/matters/" + id).body();
        assertThat(history).contains("测试社团处罚（修订）" + suffix, "条例修订后调整事项名称", "修改", "hubin.head");
        assertThat(catalogue.matterOfAgency(hubin, code)).map(Matter::name)
                .contains("测试社团处罚（修订）" + suffix);
    }

    @Test
    void anEditWithoutAReasonIsRefusedAndTheMatterStaysAsItWas() {
        Matter matter = penaltyMatter("T-NOREASON-" + suffix);
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        head.get("/catalogue/matters/" + matter.id() + "/edit");
        HttpResponse<String> refused = post(head, "/catalogue/matters/" + matter.id() + "/edit",
                penaltyForm(matter.code(), "不该保存的名称" + suffix));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid", "修改清单须说明理由", "不该保存的名称" + suffix);
        assertThat(catalogue.matterOfAgency(hubin, matter.code())).map(Matter::name).contains(matter.name());
    }

    @Test
    void aBadFormShowsEveryFieldAtFaultKeepsWhatWasTypedAndCreatesNothing() {
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        head.get("/catalogue/matters/new?agencyId=" + hubin);
        String code = "T-BAD-" + suffix;
        List<Map.Entry<String, String>> form = penaltyForm(code, "");
        form.removeIf(e -> e.getKey().equals("basis"));
        form.add(Map.entry("basis", "社会团体条例30"));
        form.removeIf(e -> e.getKey().equals("fixedMax"));
        form.add(Map.entry("fixedMax", "abc"));

        HttpResponse<String> refused = post(head, "/catalogue/matters/new", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid", "“abc”不是有效的数字", "社会团体条例30");
        form.removeIf(e -> e.getKey().equals("fixedMax"));
        form.add(Map.entry("fixedMax", "5000"));
        HttpResponse<String> stillRefused = post(head, "/catalogue/matters/new", form);
        assertThat(stillRefused.statusCode()).isEqualTo(200);
        assertThat(stillRefused.body()).contains("“社会团体条例30”不是有效的法律依据", "不能为空",
                "value=\"" + code + "\"");
        assertThat(catalogue.matterOfAgency(hubin, code)).isEmpty();
    }

    @Test
    void theDiscretionStandardStaysWithinTheStatutesRange() {
        Matter matter = penaltyMatter("T-DISC-" + suffix);
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        assertThat(head.get("/catalogue/matters/" + matter.id() + "/discretion").body()).contains("GENERAL.label");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("GENERAL.label", "一般"),
                Map.entry("GENERAL.circumstances", "C1 初次违法且及时改正的\nC2　未造成危害后果的"),
                Map.entry("GENERAL.penalties", "WARNING"), Map.entry("GENERAL.penalties", "FINE"),
                Map.entry("GENERAL.fineBasis", "FIXED"), Map.entry("GENERAL.fineMin", "1000"),
                Map.entry("GENERAL.fineMax", "9000"), Map.entry("GENERAL.description", "责令改正并处罚款"),
                Map.entry("reason", "制定裁量基准")));

        HttpResponse<String> beyond = post(head, "/catalogue/matters/" + matter.id() + "/discretion", form);
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).contains("超出法定罚款幅度", "C2　未造成危害后果的");
        assertThat(catalogue.discretionOf(matter)).isEmpty();

        form.remove(Map.entry("GENERAL.fineMax", "9000"));
        form.add(Map.entry("GENERAL.fineMax", "3000"));
        assertThat(post(head, "/catalogue/matters/" + matter.id() + "/discretion", form).statusCode()).isEqualTo(302);
        String detail = head.get("/catalogue/matters/" + matter.id()).body();
        assertThat(detail).contains("初次违法且及时改正的", "未造成危害后果的", "1000元至3000元", "制定裁量基准");
        assertThat(catalogue.discretionOf(matter)).singleElement()
                .satisfies(l -> assertThat(l.circumstances()).hasSize(2));
    }

    @Test
    void anOfficerReadsTheListButMayNotAddAMatter() {
        Matter matter = penaltyMatter("T-READ-" + suffix);
        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        HttpResponse<String> list = officer.get("/catalogue?q=" + matter.code());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(matter.name()).doesNotContain("id=\"newMatter\"")
                .doesNotContain("id=\"changeForm\"");
        assertThat(officer.get("/catalogue/matters/" + matter.id()).body()).contains(matter.name())
                .doesNotContain("id=\"editMatter\"");
        assertThat(officer.get("/catalogue/matters/new?agencyId=" + hubin).statusCode()).isEqualTo(403);

        String code = "T-OFFICER-" + suffix;
        assertThat(post(officer, "/catalogue/matters/new", penaltyForm(code, "越权新增" + suffix)).statusCode())
                .isEqualTo(403);
        assertThat(post(officer, "/catalogue/matters/" + matter.id() + "/edit", penaltyForm(matter.code(), "越权"))
                .statusCode()).isEqualTo(403);
        assertThat(catalogue.matterOfAgency(hubin, code)).isEmpty();
    }

    @Test
    void anotherCountysOfficerDoesNotFindHubinsMatter() {
        Matter matter = penaltyMatter("T-HIDDEN-" + suffix);
        FormSession lingbao = FormSession.signIn(port, "lingbao.officer1", Api.DEMO_PASSWORD);
        HttpResponse<String> page = lingbao.get("/catalogue/matters/" + matter.id());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("无权查看").doesNotContain(matter.name());
        assertThat(lingbao.get("/catalogue?agencyId=" + hubin).statusCode()).isEqualTo(404);
    }

    @Test
    void theSystemAdministratorMayNotMaintainTheCatalogue() {
        FormSession sysadmin = FormSession.signIn(port, "sysadmin", Api.DEMO_PASSWORD);
        assertThat(sysadmin.get("/catalogue?agencyId=" + hubin).statusCode()).isEqualTo(200);
        String code = "T-SYSADMIN-" + suffix;
        assertThat(post(sysadmin, "/catalogue/matters/new", penaltyForm(code, "管理员新增" + suffix)).statusCode())
                .isEqualTo(403);
        assertThat(catalogue.matterOfAgency(hubin, code)).isEmpty();
    }

    @Test
    void theStaffSearchAnswersAFragmentAndMarksMattersDueAfterAChangeOfLaw() {
        String law = "测试条例" + suffix;
        Matter matter = catalogue.createMatter(head(), hubin, draft("T-DUE-" + suffix, "测试到期事项" + suffix,
                "《" + law + "》第五条"));
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        head.get("/catalogue");
        HttpResponse<String> recorded = head.post("/catalogue/changes", Map.of("agencyId", hubin, "kind", "LAW",
                "law", law, "effectiveOn", "2026-03-02", "description", "第五条修改"));
        assertThat(recorded.statusCode()).isEqualTo(302);

        HttpResponse<String> fragment = head.get("/catalogue/fragments/matters?agencyId=" + hubin + "&q="
                + URLEncoder.encode(matter.code(), StandardCharsets.UTF_8));
        assertThat(fragment.body()).doesNotContain("<html").contains(matter.name(), "须于 2026-03-30 前更新",
                "第五条修改");
        assertThat(head.get("/catalogue?agencyId=" + hubin).body()).contains(law, "第五条修改");

        HttpResponse<String> incomplete = head.post("/catalogue/changes", Map.of("agencyId", hubin, "kind", "LAW",
                "law", "", "effectiveOn", "", "description", ""));
        assertThat(incomplete.statusCode()).isEqualTo(200);
        assertThat(incomplete.body()).contains("is-invalid", "不能为空");
    }

    @Test
    void theOtherListsAreKeptThroughTheirForms() {
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        head.get("/catalogue/inspection-items/new?agencyId=" + hubin);
        Map<String, String> item = Map.of("agencyId", hubin, "code", "T-CC-" + suffix, "name", "社会组织年度检查" + suffix,
                "basis", "《社会团体登记管理条例》第二十四条", "inspectingBody", "湖滨区民政局", "objects", "辖区社会团体",
                "ratioPercent", "500", "frequency", "每年一次", "method", "书面检查", "content", "年度工作报告");
        HttpResponse<String> tooMany = head.post("/catalogue/inspection-items/new", item);
        assertThat(tooMany.statusCode()).isEqualTo(200);
        assertThat(tooMany.body()).contains("不大于 100（%）");
        Map<String, String> fivePercent = new java.util.HashMap<>(item);
        fivePercent.put("ratioPercent", "5");
        assertThat(head.post("/catalogue/inspection-items/new", fivePercent).statusCode()).isEqualTo(302);
        assertThat(catalogue.inspectionItems(hubin)).filteredOn(i -> i.code().equals("T-CC-" + suffix))
                .singleElement().satisfies(i -> assertThat(i.ratio()).isEqualByComparingTo("0.05"));
        assertThat(head.get("/catalogue/inspection-items?agencyId=" + hubin).body()).contains("社会组织年度检查" + suffix,
                "5%");

        head.get("/catalogue/review-rules?agencyId=" + hubin);
        String description = "罚款金额较大的行政处罚" + suffix;
        assertThat(head.post("/catalogue/review-rules?agencyId=" + hubin, Map.of("actType", "ADMINISTRATIVE_PENALTY",
                "penaltyKind", "FINE", "minAmount", "50000", "description", description)).statusCode())
                .isEqualTo(302);
        String ruleId = catalogue.reviewRules(hubin).stream().filter(r -> r.description().equals(description))
                .findFirst().orElseThrow().id();
        assertThat(head.get("/catalogue/review-rules?agencyId=" + hubin).body()).contains(description, "50000");
        head.post("/catalogue/review-rules/" + ruleId + "/delete", Map.of("agencyId", hubin, "reason", ""));
        assertThat(head.get("/catalogue/review-rules?agencyId=" + hubin).body()).contains("修改清单须说明理由");
        head.post("/catalogue/review-rules/" + ruleId + "/delete", Map.of("agencyId", hubin, "reason", "并入其他条目"));
        assertThat(catalogue.reviewRules(hubin)).noneMatch(r -> r.id().equals(ruleId));

        head.get("/catalogue/remedies?agencyId=" + hubin);
        String channel = "湖滨区民政局投诉电话" + suffix;
        assertThat(head.post("/catalogue/remedies/channels?agencyId=" + hubin, Map.of("kind", "HOTLINE", "name", channel,
                "phone", "0398-2822000")).statusCode()).isEqualTo(302);
        assertThat(head.get("/portal/agencies/" + hubin + "/remedies").body()).contains(channel, "0398-2822000");
        String channelId = catalogue.channels(hubin).stream().filter(c -> c.name().equals(channel)).findFirst()
                .orElseThrow().id();
        head.get("/catalogue/remedies?agencyId=" + hubin);
        head.post("/catalogue/remedies/channels/" + channelId + "/remove", Map.of("agencyId", hubin));
        assertThat(catalogue.channels(hubin)).noneMatch(c -> c.id().equals(channelId));

        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        officer.get("/catalogue/remedies?agencyId=" + hubin);
        assertThat(officer.post("/catalogue/remedies/windows?agencyId=" + hubin, Map.of("name", "窗口", "post", "受理",
                "duties", "受理", "hours", "工作日", "location", "一楼")).statusCode()).isEqualTo(403);
    }

    @Test
    void anImportedSheetUpdatesTheListOrShowsEveryRowAtFault() {
        Matter matter = penaltyMatter("T-IMPORT-" + suffix);
        FormSession head = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        assertThat(head.get("/catalogue/import?agencyId=" + hubin).body()).contains("importForm",
                "/api/matters/export?agencyId=" + hubin + "&amp;format=xlsx");

        String sheet = new String(sheets.csv(List.of(matter)), StandardCharsets.UTF_8);
        String broken = sheet.replace("《社会团体登记管理条例》第三十条第一款", "社会团体条例30");
        HttpResponse<String> refused = upload(head, "/catalogue/import?agencyId=" + hubin, "matters.csv", broken);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("importErrors", "不是有效的法律依据", "<td>2</td>");

        String renamed = sheet.replace(matter.name(), matter.name() + "（导入）");
        HttpResponse<String> imported = upload(head, "/catalogue/import?agencyId=" + hubin, "matters.csv", renamed);
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(head.get("/catalogue/import?agencyId=" + hubin).body()).contains("新增 0 项，更新 1 项");
        assertThat(catalogue.matterOfAgency(hubin, matter.code())).map(Matter::name)
                .contains(matter.name() + "（导入）");
    }

    @Test
    void thePublicPagesOfAnAgencyAnswerWithoutSignIn() {
        Matter matter = penaltyMatter("T-PUBLIC-" + suffix);
        HttpClient anonymous = HttpClient.newHttpClient();
        String base = "/portal/agencies/" + hubin;
        for (String path : List.of(base, base + "/matters", base + "/matters?q=" + matter.code(),
                base + "/matters/" + matter.code(), base + "/guides", base + "/inspection-items",
                base + "/discretion", base + "/remedies", "/")) {
            assertThat(anonymousGet(anonymous, path).statusCode()).as(path).isEqualTo(200);
        }
        String guide = anonymousGet(anonymous, base + "/matters/" + matter.code()).body();
        assertThat(guide).contains(matter.name(), "《社会团体登记管理条例》第三十条第一款", "<svg", "湖滨区民政局");
        assertThat(anonymousGet(anonymous, base + "/fragments/matters?q=" + matter.code()).body())
                .doesNotContain("<html").contains(matter.name());
        assertThat(anonymousGet(anonymous, "/").body()).contains(base);

        assertThat(anonymousGet(anonymous, base + "/matters/NO-SUCH-" + suffix).statusCode()).isEqualTo(404);
        assertThat(anonymousGet(anonymous, "/portal/agencies/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(anonymousGet(anonymous, "/catalogue").statusCode()).isEqualTo(302);
    }

    // ---------------------------------------------------------------- helpers

    private Matter penaltyMatter(String code) {
        return catalogue.createMatter(head(), hubin, draft(code, "测试事项" + code,
                "《社会团体登记管理条例》第三十条第一款"));
    }

    private static MatterDraft draft(String code, String name, String basis) {
        return new MatterDraft(code, "ADMINISTRATIVE_PENALTY", name, List.of(basis), "依法查处违法行为", 90,
                "CALENDAR_DAYS", "PENALTY_DECISION", "不收费", "湖滨区民政局", "湖滨区民政局", "有违法事实",
                "", List.of("立案", "调查取证", "告知", "决定", "送达"), List.of("WARNING", "FINE"),
                List.of(new MatterDraft.FineBoundDraft("FIXED", new java.math.BigDecimal("1000"),
                        new java.math.BigDecimal("5000"))),
                List.of("ON_SITE_ENFORCEMENT", "INVESTIGATION"), null, null);
    }

    /** Caller the tests act as when they set up data directly: the head of 湖滨区民政局. */
    private Caller head() {
        String agency = hubin;
        return new Caller() {
            public String username() {
                return "hubin.head";
            }

            public String displayName() {
                return "hubin.head";
            }

            public String agencyId() {
                return agency;
            }

            public Optional<String> officerId() {
                return Optional.empty();
            }

            public Set<Role> roles() {
                return Set.of(Role.HEAD);
            }
        };
    }

    private List<Map.Entry<String, String>> penaltyForm(String code, String name) {
        return new ArrayList<>(List.of(Map.entry("agencyId", hubin), Map.entry("code", code),
                Map.entry("category", "ADMINISTRATIVE_PENALTY"), Map.entry("name", name),
                Map.entry("basis", "《社会团体登记管理条例》第三十条第一款\r\n《社会团体登记管理条例》第三十条第二款"),
                Map.entry("responsibility", "立案、调查、审查、决定、送达、执行"), Map.entry("timeLimitDays", "90"),
                Map.entry("timeLimitUnit", "CALENDAR_DAYS"), Map.entry("timeLimitRule", "PENALTY_DECISION"),
                Map.entry("fees", "不收费"), Map.entry("acceptingBody", "湖滨区民政局"),
                Map.entry("approvingBody", "湖滨区民政局"), Map.entry("conditions", "社会团体有违法行为"),
                Map.entry("materials", ""), Map.entry("steps", "立案\n调查取证\n告知\n决定\n送达"),
                Map.entry("penaltyKinds", "WARNING"), Map.entry("penaltyKinds", "FINE"),
                Map.entry("fixedMin", "1000"), Map.entry("fixedMax", "5000"),
                Map.entry("avStages", "ON_SITE_ENFORCEMENT"), Map.entry("avStages", "INVESTIGATION")));
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

    private static HttpResponse<String> upload(FormSession session, String path, String filename, String content) {
        String boundary = "----mingjing" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + session.csrfToken() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send(HttpRequest.newBuilder(session.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> anonymousGet(HttpClient client, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String matterId(HttpResponse<String> redirect) {
        Matcher m = MATTER_LOCATION.matcher(redirect.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as("redirect to the matter").isTrue();
        return m.group(1);
    }

    private static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("hidden version").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
