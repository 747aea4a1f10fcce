package org.mingjing.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.shared.CreditCode;
import org.mingjing.shared.EarlyWarnings;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Random inspection over HTTP (双随机一公开, LAW.md §6; API.md "Random inspection"): a plan committed to a secret seed
 * and drawn once, whose public record alone lets anyone re-run the draw; who may do what; the registers and their
 * imports; tasks, results, their publication within 20 working days and the case a finding opens.
 */
@IntegrationTest
class InspectionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InspectionEarlyWarnings warnings;
    @Autowired
    org.mingjing.organization.Organization organization;
    Api api;
    String hubin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        hubin = api.get("/api/me", "hubin.officer1").text("agencyId");
    }

    static void status(Api.Response r, int expected) {
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
    }

    Api.Response plan(String user, String agencyId, String itemCode, String ratio, int per, String type) {
        return api.post("/api/inspection-plans", user, """
                {"agencyId": "%s", "itemCode": "%s", "ratio": %s, "inspectorsPerSubject": %d%s}""".formatted(
                agencyId, itemCode, ratio, per, type == null ? "" : ", \"subjectType\": \"" + type + "\""));
    }

    String conflictCode(Api.Response r) {
        status(r, 409);
        String type = r.text("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    @Test
    void aDrawIsCommittedOnceDrawnOnceAndReRunFromThePublicRecordAlone() throws Exception {
        Api.Response created = plan("hubin.officer1", hubin, "MZ-JC-003", "0.3", 2, "PRIVATE_NON_ENTERPRISE");
        status(created, 201);
        String id = created.text("id");
        assertThat(created.json().get("warnings")).isEmpty();
        status(api.get("/api/public/inspection-draws/" + id, null), 404);
        status(api.post("/api/inspection-plans/" + id + "/draw", "hubin.head", ""), 409);
        assertThat(conflictCode(api.post("/api/inspection-plans/" + id + "/draw", "hubin.head", "")))
                .isEqualTo("commitment-required");

        List<JsonNode> ofType = api.get("/api/inspection-subjects", "hubin.officer1").json().valueStream()
                .filter(s -> s.get("type").asString().equals("PRIVATE_NON_ENTERPRISE")).toList();
        String subjectCode = ofType.get(0).get("creditCode").asString();
        String certificate = api.get("/api/inspectors", "hubin.officer1").json().valueStream()
                .filter(m -> m.get("eligible").asBoolean()).findFirst().orElseThrow().get("certificateNumber")
                .asString();
        status(api.post("/api/inspection-plans/" + id + "/recusals", "hubin.officer1",
                "{\"creditCode\": \"" + subjectCode + "\", \"certificateNumber\": \"" + certificate + "\"}"), 201);

        // Who may commit: not another county (404), not the city's supervisor (403), not anonymous (401).
        status(api.post("/api/inspection-plans/" + id + "/commitment", "lingbao.officer1", ""), 404);
        status(api.post("/api/inspection-plans/" + id + "/commitment", "city.supervisor", ""), 403);
        status(api.post("/api/inspection-plans/" + id + "/commitment", null, ""), 401);
        Api.Response committed = api.post("/api/inspection-plans/" + id + "/commitment", "hubin.officer1", "");
        status(committed, 200);
        String commitment = committed.text("commitment");
        assertThat(commitment).matches("[0-9a-f]{64}");
        assertThat(conflictCode(api.post("/api/inspection-plans/" + id + "/commitment", "hubin.head", "")))
                .isEqualTo("already-committed");
        assertThat(conflictCode(api.post("/api/inspection-plans/" + id + "/recusals", "hubin.officer1",
                "{\"creditCode\": \"" + subjectCode + "\", \"certificateNumber\": \"" + certificate + "\"}")))
                .isEqualTo("plan-frozen");

        // Before the draw: the record shows the commitment and the frozen registers, and no seed anywhere.
        Api.Response before = api.get("/api/public/inspection-draws/" + id, null);
        status(before, 200);
        assertThat(before.json().get("seed").isNull()).isTrue();
        assertThat(before.json().get("drawnAt").isNull()).isTrue();
        assertThat(before.text("commitment")).isEqualTo(commitment);
        assertThat(before.json().get("register")).hasSize(ofType.size());
        assertThat(before.json().get("recusals")).hasSize(1);
        Api.Response staffView = api.get("/api/inspection-plans/" + id, "hubin.head");
        assertThat(staffView.json().get("seed").isNull()).isTrue();
        String commitEntry = jdbc.sql("""
                SELECT c.content FROM ledger_content c JOIN ledger_entry e ON e.id = c.entry_id
                WHERE e.subject_type = 'INSPECTION_PLAN' AND e.subject_id = :id AND e.action = 'COMMITTED'""")
                .param("id", id).query(String.class).single();

        // Who may draw: not another county's officer (404), not the city (403), not the reviewer (403).
        status(api.post("/api/inspection-plans/" + id + "/draw", "lingbao.officer1", ""), 404);
        status(api.post("/api/inspection-plans/" + id + "/draw", "city.supervisor", ""), 403);
        status(api.post("/api/inspection-plans/" + id + "/draw", "hubin.reviewer", ""), 403);
        status(api.post("/api/inspection-plans/" + id + "/draw", null, ""), 401);
        Api.Response drawn = api.post("/api/inspection-plans/" + id + "/draw", "hubin.head", "");
        status(drawn, 200);
        assertThat(conflictCode(api.post("/api/inspection-plans/" + id + "/draw", "hubin.head", "")))
                .isEqualTo("already-drawn");
        String seed = drawn.text("seed");
        for (String body : List.of(committed.body(), before.body(), staffView.body(), commitEntry)) {
            assertThat(body).doesNotContain(seed);
        }

        // The public record alone re-runs the draw.
        JsonNode record = api.get("/api/public/inspection-draws/" + id, null).json();
        assertThat(record.get("seed").asString()).isEqualTo(seed);
        assertThat(sha256(record.get("seed").asString())).isEqualTo(record.get("commitment").asString());
        assertThat(record.get("agencyName").asString()).isEqualTo("湖滨区民政局");
        List<String> expected = reRun(record);
        List<String> published = new ArrayList<>();
        for (JsonNode s : record.get("subjects")) {
            published.add(s.get("creditCode").asString() + ":" + s.get("inspectors").valueStream()
                    .map(i -> i.get("certificateNumber").asString()).toList());
        }
        assertThat(published).hasSize((ofType.size() * 3 + 9) / 10).isEqualTo(expected);
        assertThat(drawn.json().get("subjects").toString()).isEqualTo(record.get("subjects").toString());

        // Every act is in the ledger.
        assertThat(jdbc.sql("SELECT action FROM ledger_entry WHERE subject_type = 'INSPECTION_PLAN' "
                + "AND subject_id = :id ORDER BY recorded_at").param("id", id).query(String.class).list())
                .containsExactly("CREATED", "RECUSAL_DECLARED", "COMMITTED", "DRAWN");
        // The city reads it; the public list has it.
        status(api.get("/api/inspection-plans/" + id, "city.supervisor"), 200);
        status(api.get("/api/inspection-plans/" + id, "lingbao.officer1"), 404);
        assertThat(api.get("/api/public/inspection-draws?agencyId=" + hubin, null).body()).contains(id);
    }

    /** The draw as API.md states it, from the JSON only, with {@link MessageDigest}: "creditCode:[certificates]". */
    static List<String> reRun(JsonNode record) throws Exception {
        String seed = record.get("seed").asString();
        int size = record.get("register").size();
        int k = new BigDecimal(record.get("ratio").toString()).multiply(BigDecimal.valueOf(size))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        List<String[]> subjects = new ArrayList<>();
        for (JsonNode s : record.get("register")) {
            String code = s.get("creditCode").asString();
            subjects.add(new String[] { sha256(seed + "|" + code), code });
        }
        subjects.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
        Set<String> recused = new HashSet<>();
        for (JsonNode r : record.get("recusals")) {
            recused.add(r.get("creditCode").asString() + "/" + r.get("certificateNumber").asString());
        }
        int per = record.get("inspectorsPerSubject").asInt();
        List<String> out = new ArrayList<>();
        for (String[] s : subjects.subList(0, Math.min(k, size))) {
            List<String[]> ranked = new ArrayList<>();
            for (JsonNode i : record.get("inspectors")) {
                String cert = i.get("certificateNumber").asString();
                if (!recused.contains(s[1] + "/" + cert)) {
                    ranked.add(new String[] { sha256(seed + "|" + s[1] + "|" + cert), cert });
                }
            }
            ranked.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
            out.add(s[1] + ":" + ranked.subList(0, per).stream().map(a -> a[1]).toList());
        }
        return out;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPlanIsRefusedWithTheFieldsAtFaultAndALowRatioIsOnlyWarnedAbout() {
        for (String[] bad : new String[][] { { "0", "2", "ratio" }, { "1.5", "2", "ratio" }, { "-0.1", "2", "ratio" },
                { "0.1", "1", "inspectorsPerSubject" }, { "0.0000001", "2", "ratio" },
                { "1e999999999", "2", "ratio" } }) {
            Api.Response r = plan("hubin.officer1", hubin, "MZ-JC-001", bad[0], Integer.parseInt(bad[1]), null);
            status(r, 400);
            assertThat(r.body()).contains(bad[2]);
        }
        status(plan("hubin.officer1", hubin, "NO-SUCH-ITEM", "0.1", 2, null), 400);
        status(plan("hubin.officer1", hubin, "MZ-JC-001", "0.1", 2, "SPACESHIP"), 400);
        status(api.post("/api/inspection-plans", "hubin.officer1", "{\"ratio\": "), 400);
        status(api.post("/api/inspection-plans", "hubin.officer1", "{\"ratio\": \"many\"}"), 400);
        status(api.post("/api/inspection-plans", "hubin.officer1",
                "{\"itemCode\": \"MZ-JC-001\", \"ratio\": 0.1, \"inspectorsPerSubject\": 99999999999}"), 400);
        status(plan("lingbao.officer1", hubin, "MZ-JC-001", "0.1", 2, null), 404);
        status(plan("city.supervisor", hubin, "MZ-JC-001", "0.1", 2, null), 403);
        status(plan(null, hubin, "MZ-JC-001", "0.1", 2, null), 401);
        // The administrators keep out of business data (三员分立).
        status(api.get("/api/inspection-plans", "secadmin"), 403);
        status(api.get("/api/inspection-subjects", "sysadmin"), 403);
        status(api.get("/api/inspection-tasks", "sysadmin"), 403);
        status(plan("sysadmin", api.get("/api/me", "sysadmin").text("agencyId"), "MZ-JC-001", "0.1", 2, null), 403);

        Api.Response low = plan("hubin.officer1", hubin, "MZ-JC-001", "0.01", 2, null);
        status(low, 201);
        assertThat(low.json().get("warnings").get(0).asString()).contains("5%");
        assertThat(low.json().get("ratio").toString()).isEqualTo("0.01");
    }

    @Test
    void aSubjectLeftWithTooFewInspectorsAfterRecusalsStopsTheDrawAndIsNamed() {
        List<String> eligible = api.get("/api/inspectors", "hubin.head").json().valueStream()
                .filter(m -> m.get("eligible").asBoolean()).map(m -> m.get("certificateNumber").asString()).toList();
        Api.Response created = plan("hubin.head", hubin, "MZ-JC-004", "1", eligible.size(), "FOUNDATION");
        status(created, 201);
        String id = created.text("id");
        JsonNode foundation = api.get("/api/inspection-subjects", "hubin.head").json().valueStream()
                .filter(s -> s.get("type").asString().equals("FOUNDATION")).findFirst().orElseThrow();
        status(api.post("/api/inspection-plans/" + id + "/recusals", "hubin.head",
                "{\"creditCode\": \"" + foundation.get("creditCode").asString() + "\", \"certificateNumber\": \""
                        + eligible.get(0) + "\", \"reason\": \"亲属任理事长\"}"), 201);
        status(api.post("/api/inspection-plans/" + id + "/commitment", "hubin.head", ""), 200);
        Api.Response draw = api.post("/api/inspection-plans/" + id + "/draw", "hubin.head", "");
        assertThat(conflictCode(draw)).isEqualTo("not-enough-inspectors");
        assertThat(draw.text("detail")).contains(foundation.get("name").asString());
        // Nothing was drawn: the record still has no seed.
        assertThat(api.get("/api/public/inspection-draws/" + id, null).json().get("seed").isNull()).isTrue();
    }

    /** 行政处罚法第四十二条: only officers who may act are drawn — at the commitment, and still at the draw. */
    @Test
    void onlyInspectorsWhoMayActAreFrozenAndOneSuspendedSinceStopsTheDraw() {
        List<JsonNode> pool = api.get("/api/inspectors", "hubin.head").json().valueStream()
                .filter(m -> m.get("eligible").asBoolean()).toList();
        String first = pool.get(0).get("officerId").asString();
        String second = pool.get(1).get("officerId").asString();
        organization.changeStatusForSetup(first, org.mingjing.organization.OfficerStatus.SUSPENDED, "test");
        try {
            String id = plan("hubin.head", hubin, "MZ-JC-008", "1", 2, "FUNERAL_OPERATOR").text("id");
            status(api.post("/api/inspection-plans/" + id + "/commitment", "hubin.head", ""), 200);
            JsonNode frozen = api.get("/api/public/inspection-draws/" + id, null).json().get("inspectors");
            assertThat(frozen).hasSize(pool.size() - 1);
            assertThat(frozen.toString()).doesNotContain(pool.get(0).get("certificateNumber").asString())
                    .contains(pool.get(1).get("certificateNumber").asString());

            organization.changeStatusForSetup(second, org.mingjing.organization.OfficerStatus.SUSPENDED, "test");
            Api.Response draw = api.post("/api/inspection-plans/" + id + "/draw", "hubin.head", "");
            assertThat(conflictCode(draw)).isEqualTo("inspector-not-eligible");
            assertThat(draw.text("detail")).contains(pool.get(1).get("certificateNumber").asString());
        } finally {
            organization.changeStatusForSetup(first, org.mingjing.organization.OfficerStatus.ACTIVE, "test");
            if (organization.officer(second).orElseThrow().status()
                    == org.mingjing.organization.OfficerStatus.SUSPENDED) {
                organization.changeStatusForSetup(second, org.mingjing.organization.OfficerStatus.ACTIVE, "test");
            }
        }
    }

    @Test
    void resultsAreRecordedByTheInspectorsPublishedMaskedAndAFindingOpensACase() {
        Api.Response created = plan("hubin.officer1", hubin, "MZ-JC-007", "0.5", 2, "CEMETERY");
        String id = created.text("id");
        status(api.post("/api/inspection-plans/" + id + "/commitment", "hubin.officer1", ""), 200);
        status(api.post("/api/inspection-plans/" + id + "/draw", "hubin.officer1", ""), 200);
        JsonNode tasks = api.get("/api/inspection-tasks?planId=" + id, "hubin.officer1").json();
        assertThat(tasks).hasSize(2);
        JsonNode task = tasks.get(0);
        String taskId = task.get("id").asString();
        Set<String> inspectors = new HashSet<>(task.get("inspectors").valueStream()
                .map(i -> i.get("certificateNumber").asString()).toList());
        String outsider = null;
        for (String user : List.of("hubin.officer1", "hubin.officer2", "hubin.officer3", "hubin.reviewer")) {
            String officerId = api.get("/api/me", user).text("officerId");
            String cert = api.get("/api/officers/" + officerId, user).text("certificateNumber");
            if (!inspectors.contains(cert)) {
                outsider = user;
                break;
            }
        }
        String path = "/api/inspection-tasks/" + taskId;
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String body = """
                {"inspectedOn": "%s", "findings": "公墓未按规定公示收费标准，管理员张某（身份证号 411202198001010011）在场。", "outcome": "PROBLEM_FOUND"}"""
                .formatted(today);
        status(api.post(path + "/result", outsider, body), 403);
        status(api.post(path + "/result", "lingbao.officer1", body), 404);
        status(api.post(path + "/result", "hubin.head", body.replace("PROBLEM_FOUND", "MAYBE")), 400);
        status(api.post(path + "/result", "hubin.head", body.replace(today, "not-a-date")), 400);
        status(api.post(path + "/result", "hubin.head", body.replace(today, "2099-01-01")), 400);
        status(api.post(path + "/publication", "hubin.head", ""), 409);
        String report = "/api/statistics/annual-report?agencyId=" + hubin + "&year=" + today.substring(0, 4);
        JsonNode before = api.get(report, "hubin.head").json().get("inspections");
        Api.Response recorded = api.post(path + "/result", "hubin.head", body);
        status(recorded, 200);
        // The annual statistics report counts the recorded inspection (行政检查) and its problem (LAW.md §5).
        JsonNode after = api.get(report, "hubin.head").json().get("inspections");
        assertThat(after.get("inspections").asLong()).isEqualTo(before.get("inspections").asLong() + 1);
        assertThat(after.get("problemsFound").asLong()).isEqualTo(before.get("problemsFound").asLong() + 1);
        assertThat(conflictCode(api.post(path + "/result", "hubin.head", body))).isEqualTo("result-recorded");
        LocalDate due = LocalDate.parse(recorded.text("publishDue"));
        assertThat(due).isAfter(LocalDate.parse(today).plusDays(25));

        // The early warnings: due within five working days, lapsed after the day.
        String code = warnings.earlyWarnings(Set.of(hubin), due.minusDays(1), Locale.SIMPLIFIED_CHINESE).stream()
                .filter(w -> w.link().endsWith(taskId)).map(EarlyWarnings.EarlyWarning::code).findFirst().orElse("");
        assertThat(code).isEqualTo("INSPECTION_RESULT_DUE");
        code = warnings.earlyWarnings(Set.of(hubin), due.plusDays(1), Locale.SIMPLIFIED_CHINESE).stream()
                .filter(w -> w.link().endsWith(taskId)).map(EarlyWarnings.EarlyWarning::code).findFirst().orElse("");
        assertThat(code).isEqualTo("INSPECTION_RESULT_LAPSED");
        assertThat(warnings.earlyWarnings(Set.of(hubin), LocalDate.parse(today), Locale.SIMPLIFIED_CHINESE).stream()
                .anyMatch(w -> w.link().endsWith(taskId))).isFalse();

        Api.Response published = api.post(path + "/publication", "hubin.officer1", "");
        status(published, 200);
        assertThat(published.text("publishedText")).doesNotContain("411202198001010011").contains("公墓未按规定");
        assertThat(conflictCode(api.post(path + "/publication", "hubin.officer1", ""))).isEqualTo("result-published");
        assertThat(api.get("/api/public/inspection-draws/" + id + "/results", null).body())
                .doesNotContain("411202198001010011").contains(task.get("creditCode").asString());

        Api.Response opened = api.post(path + "/case", "hubin.officer1", "{\"matterCode\": \"MZ-CF-SHTT-30\"}");
        status(opened, 201);
        String caseId = opened.text("caseId");
        JsonNode c = api.get("/api/cases/" + caseId, "hubin.officer1").json();
        assertThat(c.toString()).contains("INSPECTION", task.get("creditCode").asString());
        assertThat(conflictCode(api.post(path + "/case", "hubin.officer1", "{\"matterCode\": \"MZ-CF-SHTT-30\"}")))
                .isEqualTo("case-opened");
        assertThat(jdbc.sql("SELECT action FROM ledger_entry WHERE subject_type = 'INSPECTION_TASK' "
                + "AND subject_id = :id ORDER BY recorded_at").param("id", taskId).query(String.class).list())
                .containsExactly("RESULT_RECORDED", "RESULT_PUBLISHED", "CASE_OPENED");

        // The subject's history shows the inspection.
        String subjectId = api.get("/api/inspection-subjects", "hubin.officer1").json().valueStream()
                .filter(s -> s.get("creditCode").asString().equals(task.get("creditCode").asString())).findFirst()
                .orElseThrow().get("id").asString();
        JsonNode history = api.get("/api/inspection-subjects/" + subjectId, "hubin.officer1").json().get("history");
        assertThat(history.toString()).contains(taskId, "PROBLEM_FOUND");
        status(api.get("/api/inspection-subjects/" + subjectId, "lingbao.officer1"), 404);
    }

    @Test
    void theRegistersTakeValidSubjectsAndImportAllRowsOrNone() {
        String body = "{\"name\": \"湖滨区测试协会\", \"creditCode\": \"%s\", \"address\": \"三门峡市湖滨区黄河路 1 号\", "
                + "\"type\": \"SOCIAL_ORGANIZATION\"}";
        String good = "51411202TE5T00001";
        good = good + CreditCode.checkCharacter(good);
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Api.Response invalid = api.post("/api/inspection-subjects", "hubin.officer1", body.formatted(bad));
        status(invalid, 400);
        assertThat(invalid.body()).contains("creditCode", "GB 32100");
        status(api.post("/api/inspection-subjects", "city.supervisor", body.formatted(good)), 403);
        status(api.post("/api/inspection-subjects?agencyId=" + hubin, "lingbao.officer1", body.formatted(good)), 404);
        status(api.post("/api/inspection-subjects", "hubin.officer1", body.formatted(good)), 201);
        assertThat(conflictCode(api.post("/api/inspection-subjects", "hubin.officer1", body.formatted(good))))
                .isEqualTo("subject-exists");

        String second = "52411202TE5T00002";
        second = second + CreditCode.checkCharacter(second);
        String third = "53411202TE5T00003";
        third = third + CreditCode.checkCharacter(third);
        String csv = "名称,统一社会信用代码,地址,类型\n" + "湖滨区甲养老院," + second + ",三门峡市湖滨区人民路 2 号,民办非企业单位（社会服务机构）\n"
                + "湖滨区乙基金会," + bad + ",三门峡市湖滨区人民路 3 号,基金会\n" + "湖滨区丙公墓," + third + ",,公墓\n";
        Api.Response refused = api.upload("/api/inspection-subjects/import", "hubin.officer1", "subjects.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        status(refused, 400);
        assertThat(refused.json().get("errors").toString()).contains("\"row\":3", "\"row\":4", "统一社会信用代码", "地址");
        assertThat(api.get("/api/inspection-subjects", "hubin.officer1").body()).doesNotContain(second);

        String fixed = csv.replace(bad, "53411202TE5T00004" + CreditCode.checkCharacter("53411202TE5T00004"))
                .replace(",,公墓", ",三门峡市湖滨区人民路 4 号,CEMETERY");
        Api.Response imported = api.upload("/api/inspection-subjects/import", "hubin.officer1", "subjects.csv",
                fixed.getBytes(StandardCharsets.UTF_8));
        status(imported, 200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(3);
        status(api.upload("/api/inspection-subjects/import", "hubin.officer1", "subjects.txt", new byte[] { 1 }), 400);

        // The pool: a sheet of certificate numbers; a number of another agency is a fault of its row.
        List<String> pool = api.get("/api/inspectors", "hubin.officer1").json().valueStream()
                .filter(m -> m.get("eligible").asBoolean()).map(m -> m.get("certificateNumber").asString()).toList();
        String sheet = "执法证号\n" + String.join("\n", pool) + "\nNOT-OURS-001\n";
        Api.Response poolRefused = api.upload("/api/inspectors/import", "hubin.officer1", "pool.csv",
                sheet.getBytes(StandardCharsets.UTF_8));
        status(poolRefused, 400);
        assertThat(poolRefused.json().get("errors").toString()).contains("\"row\":" + (pool.size() + 2));
        Api.Response poolImported = api.upload("/api/inspectors/import", "hubin.officer1", "pool.csv",
                ("执法证号\n" + String.join("\n", pool) + "\n").getBytes(StandardCharsets.UTF_8));
        status(poolImported, 200);
        assertThat(poolImported.json().get("imported").asInt()).isEqualTo(pool.size());
    }

    @Test
    void theDemoHasThirtyValidSubjectsInEveryCountyAndADrawnPlanOfHubin() {
        for (String user : List.of("hubin.officer1", "lingbao.officer1")) {
            JsonNode subjects = api.get("/api/inspection-subjects", user).json();
            assertThat(subjects.size()).isGreaterThanOrEqualTo(30);
            assertThat(subjects.valueStream().allMatch(s -> CreditCode.isValid(s.get("creditCode").asString())))
                    .isTrue();
        }
        JsonNode draws = api.get("/api/public/inspection-draws?agencyId=" + hubin, null).json();
        assertThat(draws.valueStream().anyMatch(d -> !d.get("drawnAt").isNull())).isTrue();
    }
}
