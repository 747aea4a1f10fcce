package org.mingjing.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.FormSession;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The Catalogue section of the API contract, against the demo catalogue, on H2 and on PostgreSQL. */
@IntegrationTest
class CatalogueApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Catalogue catalogue;
    Api api;
    String hubin;
    String lingbao;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        hubin = api.agencyId("湖滨区民政局");
        lingbao = api.agencyId("灵宝市民政局");
    }

    @Test
    void thePublicReadsThePowerListWithoutLogin() {
        Api.Response list = api.get("/api/public/matters?agencyId=" + hubin + "&size=200", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isGreaterThanOrEqualTo(20);
        JsonNode shtt = find(list.json().get("items"), "MZ-CF-SHTT-30");
        assertThat(shtt.get("category").asString()).isEqualTo("ADMINISTRATIVE_PENALTY");
        assertThat(shtt.get("name").asString()).contains("社会团体");
        assertThat(shtt.get("legalBasis").get(0).get("law").asString()).isEqualTo("社会团体登记管理条例");
        assertThat(shtt.get("legalBasis").get(0).get("article").asInt()).isEqualTo(30);
        assertThat(shtt.get("legalBasis").get(0).get("citation").asString()).startsWith("《社会团体登记管理条例》第三十条");
        assertThat(shtt.get("timeLimit").asString()).isEqualTo("90日");
        assertThat(shtt.get("fees").asString()).isNotBlank();
        List<String> kinds = new ArrayList<>();
        shtt.get("penaltyKinds").forEach(k -> kinds.add(k.asString()));
        assertThat(kinds).contains("WARNING", "SUSPENSION", "REVOCATION", "CONFISCATION", "FINE");
        assertThat(shtt.has("version")).as("internal fields stay internal").isFalse();
        assertThat(shtt.has("updateDue")).isFalse();

        JsonNode bz = find(list.json().get("items"), "MZ-CF-BZ-18");
        assertThat(bz.get("fineBounds").get(0).get("basis").asString()).isEqualTo("ILLEGAL_INCOME");
        assertThat(bz.get("fineBounds").get(0).get("min").decimalValue()).isEqualByComparingTo("1");
        assertThat(bz.get("fineBounds").get(0).get("max").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void thePowerListFiltersByCategoryAndText() {
        Api.Response penalties = api.get("/api/public/matters?agencyId=" + hubin
                + "&category=ADMINISTRATIVE_PENALTY&size=200", null);
        penalties.json().get("items")
                .forEach(m -> assertThat(m.get("category").asString()).isEqualTo("ADMINISTRATIVE_PENALTY"));
        Api.Response all = api.get("/api/public/matters?agencyId=" + hubin + "&size=1", null);
        assertThat(penalties.json().get("total").asInt()).isLessThan(all.json().get("total").asInt());

        Api.Response funeral = api.get("/api/public/matters?agencyId=" + hubin + "&q=" + Api.q("殡葬"), null);
        assertThat(funeral.json().get("total").asInt()).isPositive();
        funeral.json().get("items").forEach(m -> assertThat(m.toString()).contains("殡葬"));

        Api.Response byLaw = api.get("/api/public/matters?agencyId=" + hubin + "&q=" + Api.q("殡葬管理条例"), null);
        assertThat(byLaw.json().get("total").asInt()).as("the law cited, not only the name").isPositive();

        Api.Response byCode = api.get("/api/public/matters?agencyId=" + hubin + "&q=mz-cf-bz-18", null);
        assertThat(find(byCode.json().get("items"), "MZ-CF-BZ-18")).isNotNull();

        Api.Response everywhere = api.get("/api/public/matters?q=MZ-CF-SHTT-30&size=50", null);
        assertThat(everywhere.json().get("total").asInt()).as("the province, the city and six counties").isEqualTo(8);
    }

    @Test
    void badQueriesAreRefusedInChinese() {
        Api.Response category = api.get("/api/public/matters?category=PARKING", null);
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.contentType()).contains("application/problem+json");
        assertThat(category.text("detail")).contains("PARKING", "事项类别");
        assertThat(api.get("/api/public/matters?size=1000", null).status()).isEqualTo(400);
        assertThat(api.get("/api/public/matters?page=-1", null).status()).isEqualTo(400);
        assertThat(api.get("/api/public/matters?agencyId=nope", null).status()).isEqualTo(404);
        assertThat(api.get("/api/public/matters?q=" + Api.q("100%_\\'"), null).status()).isEqualTo(200);
        assertThat(api.get("/api/public/discretion-standards", null).status()).isEqualTo(400);
    }

    @Test
    void discretionStandardsArePublishedForEveryPenaltyMatter() {
        Api.Response standards = api.get("/api/public/discretion-standards?matterCode=MZ-CF-SHTT-30&agencyId="
                + hubin, null);
        assertThat(standards.status()).isEqualTo(200);
        JsonNode items = standards.json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(1);
        for (JsonNode level : items) {
            assertThat(level.get("matterCode").asString()).isEqualTo("MZ-CF-SHTT-30");
            assertThat(level.get("agencyName").asString()).isEqualTo("湖滨区民政局");
            assertThat(level.get("level").asString()).isIn("MINOR", "GENERAL", "SERIOUS", "SEVERE");
            assertThat(level.get("circumstances").size()).isPositive();
            assertThat(level.get("citation").asString()).contains("社会团体登记管理条例");
        }
        JsonNode penaltyMatters = api.get("/api/public/matters?agencyId=" + hubin
                + "&category=ADMINISTRATIVE_PENALTY&size=200", null).json().get("items");
        for (JsonNode m : penaltyMatters) {
            if (!m.get("code").asString().startsWith("MZ-")) {
                continue; // made by another test; the workbench warns of a penalty matter without a standard
            }
            Api.Response s = api.get("/api/public/discretion-standards?agencyId=" + hubin + "&matterCode="
                    + Api.q(m.get("code").asString()), null);
            assertThat(s.json().get("total").asInt()).as("standard of " + m.get("code").asString()).isPositive();
        }
    }

    @Test
    void serviceGuidesInspectionItemsAndRemediesArePublic() {
        Api.Response guides = api.get("/api/public/service-guides?agencyId=" + hubin, null);
        assertThat(guides.status()).isEqualTo(200);
        JsonNode guide = guides.json().get("items").get(0);
        assertThat(guide.get("steps").size()).isPositive();
        assertThat(guide.get("acceptingBody").asString()).isNotBlank();
        assertThat(guide.get("acceptingBody").asString()).doesNotContain("{agency}");
        Api.Download chart = api.download(guide.get("flowChartUrl").asString(), null);
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(new String(chart.body(), StandardCharsets.UTF_8)).startsWith("<svg")
                .contains(guide.get("steps").get(0).asString());

        Api.Response items = api.get("/api/public/inspection-items?agencyId=" + hubin, null);
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.json().get("total").asInt()).isPositive();
        JsonNode item = items.json().get("items").get(0);
        for (String field : List.of("name", "basis", "inspectingBody", "objects", "ratio", "frequency", "method",
                "content")) {
            assertThat(item.has(field)).as(field).isTrue();
        }

        Api.Response remedies = api.get("/api/public/remedies?agencyId=" + hubin, null);
        assertThat(remedies.text("reconsiderationBody")).isNotBlank();
        assertThat(remedies.json().get("channels").size()).isPositive();
        assertThat(remedies.json().get("windows").size()).isPositive();
    }

    @Test
    void theExportImportsBackUnchanged() throws Exception {
        Api.Download before = api.download("/api/matters/export?agencyId=" + hubin + "&format=csv", "hubin.head");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.contentType()).startsWith("text/csv");
        String csv = new String(before.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF事项编码,事项名称,事项类别,实施依据");

        Api.Download xlsx = api.download("/api/matters/export?agencyId=" + hubin + "&format=xlsx", "hubin.head");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("事项编码");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(csvRows(csv) - 1);
        }
        Api.Response imported = api.upload("/api/matters/import?agencyId=" + hubin, "hubin.head", "list.xlsx",
                xlsx.body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").asInt()).isZero();
        assertThat(imported.json().get("updated").asInt()).isEqualTo(csvRows(csv) - 1);

        Api.Download after = api.download("/api/matters/export?agencyId=" + hubin + "&format=csv", "hubin.head");
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).isEqualTo(csv);

        Api.Response csvBack = api.upload("/api/matters/import?agencyId=" + hubin, "hubin.reviewer", "list.csv",
                before.body());
        assertThat(csvBack.status()).as(csvBack.body()).isEqualTo(200);
        assertThat(new String(api.download("/api/matters/export?agencyId=" + hubin + "&format=csv", "hubin.head")
                .body(), StandardCharsets.UTF_8)).isEqualTo(csv);
    }

    @Test
    void aClerksGbkCsvAddsNewMatters() {
        String code = "MZ-QT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String csv = "事项编码,事项名称,事项类别,实施依据,责任事项,办理时限,时限单位,收费标准,受理机构,决定机构,办理条件,办理流程\r\n"
                + code + ",对慈善组织年度报告的抽查,其他行政权力,《慈善法》第十三条,审查年度报告,20,工作日,不收费,"
                + "湖滨区民政局,湖滨区民政局,慈善组织报送年度工作报告,受理→审查→公开\r\n";
        Api.Response r = api.upload("/api/matters/import?agencyId=" + hubin, "hubin.head", "gbk.csv",
                csv.getBytes(Charset.forName("GB18030")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("added").asInt()).isEqualTo(1);
        JsonNode m = find(api.get("/api/public/matters?agencyId=" + hubin + "&q=" + code, null).json().get("items"),
                code);
        assertThat(m.get("category").asString()).isEqualTo("OTHER");
        assertThat(m.get("timeLimit").asString()).isEqualTo("20个工作日");
        assertThat(m.get("legalBasis").get(0).get("article").asInt()).isEqualTo(13);
        assertThat(m.get("steps").size()).isEqualTo(3);
    }

    @Test
    void oneBadRowRefusesTheWholeFileAndNamesEveryFault() {
        long total = api.get("/api/public/matters?agencyId=" + hubin + "&size=1", null).json().get("total").asLong();
        String good = "MZ-QT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String csv = "事项编码,事项名称,事项类别,实施依据,责任事项,办理时限,时限单位,收费标准,受理机构,决定机构,办理条件,办理流程,处罚种类,法定罚款幅度\r\n"
                + good + ",一个正确的事项,行政确认,《社会团体登记管理条例》第十条,审查,20,工作日,不收费,本局,本局,条件,受理→决定,,\r\n"
                + ",缺编码的事项,停车管理,社会团体条例30,审查,20,工作日,不收费,本局,本局,条件,受理,,\r\n"
                + good + ",重复的编码,行政处罚,《殡葬管理条例》第十八条,审查,90,自然日,不收费,本局,本局,条件,立案,罚款,违法所得（倍）:3-1\r\n";
        Api.Response r = api.upload("/api/matters/import?agencyId=" + hubin, "hubin.head", "bad.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("problem+json");
        Map<String, List<String>> faults = new LinkedHashMap<>();
        r.json().get("errors").forEach(e -> faults.computeIfAbsent(e.get("row").asInt() + ":"
                + e.get("field").asString(), k -> new ArrayList<>()).add(e.get("message").asString()));
        assertThat(faults).containsKeys("3:事项编码", "3:事项类别", "3:实施依据", "4:法定罚款幅度");
        assertThat(faults.get("3:事项类别").get(0)).contains("停车管理");
        assertThat(faults.get("3:实施依据").get(0)).contains("社会团体条例30");
        assertThat(r.text("detail")).contains("第 3 行");
        assertThat(api.get("/api/public/matters?agencyId=" + hubin + "&size=1", null).json().get("total").asLong())
                .as("nothing was added").isEqualTo(total);
        assertThat(api.get("/api/public/matters?q=" + good, null).json().get("total").asInt()).isZero();
    }

    @Test
    void onlyTheAgencysHeadOrReviewersImport() {
        byte[] csv = api.download("/api/matters/export?agencyId=" + hubin + "&format=csv", "hubin.head").body();
        assertThat(api.upload("/api/matters/import?agencyId=" + hubin, "sysadmin", "x.csv", csv).status())
                .isEqualTo(403);
        assertThat(api.upload("/api/matters/import?agencyId=" + hubin, "hubin.officer1", "x.csv", csv).status())
                .isEqualTo(403);
        assertThat(api.upload("/api/matters/import?agencyId=" + hubin, "lingbao.officer1", "x.csv", csv).status())
                .isEqualTo(404);
        assertThat(api.upload("/api/matters/import?agencyId=" + hubin, null, "x.csv", csv).status()).isEqualTo(401);
        Api.Response notASheet = api.upload("/api/matters/import?agencyId=" + hubin, "hubin.head", "x.xlsx",
                "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(notASheet.status()).isEqualTo(400);
        assertThat(notASheet.text("detail")).contains("xlsx");
        assertThat(api.upload("/api/matters/import?agencyId=" + hubin, "hubin.head", "x.txt", csv).status())
                .isEqualTo(400);
    }

    @Test
    void staffSeeOnlyTheirAgencysMatters() {
        JsonNode hubinMatter = api.get("/api/matters?agencyId=" + hubin + "&size=1", "hubin.officer1").json()
                .get("items").get(0);
        assertThat(hubinMatter.get("version").isNumber()).isTrue();
        String id = hubinMatter.get("id").asString();
        assertThat(api.get("/api/matters/" + id, "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.get("/api/matters?agencyId=" + hubin, "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.download("/api/matters/export?agencyId=" + hubin + "&format=csv", "lingbao.officer1")
                .status()).isEqualTo(404);
        assertThat(api.get("/api/matters/" + id, "city.supervisor").status()).isEqualTo(200);
        api.get("/api/matters?size=200", "lingbao.officer1").json().get("items")
                .forEach(m -> assertThat(m.get("agencyId").asString()).isEqualTo(lingbao));
    }

    @Test
    void aMatterIsCreatedAndChangedWithAReasonAndItsHistoryKept() {
        String code = "MZ-QR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("code", code);
        draft.put("category", "ADMINISTRATIVE_CONFIRMATION");
        draft.put("name", "社会团体负责人备案");
        draft.put("basis", List.of("《社会团体登记管理条例》第十八条"));
        draft.put("responsibility", "受理、审查、备案");
        draft.put("timeLimitDays", 20);
        draft.put("timeLimitUnit", "WORKING_DAYS");
        draft.put("fees", "不收费");
        draft.put("acceptingBody", "湖滨区民政局");
        draft.put("approvingBody", "湖滨区民政局");
        draft.put("conditions", "社会团体变更负责人");
        draft.put("steps", List.of("申请", "受理", "备案"));
        Api.Response created = api.post("/api/matters?agencyId=" + hubin, "hubin.head", Api.json(draft));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");

        Api.Response again = api.post("/api/matters?agencyId=" + hubin, "hubin.head", Api.json(draft));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("detail")).contains(code);

        draft.put("name", "社会团体法定代表人变更备案");
        Api.Response noReason = api.put("/api/matters/" + id, "hubin.reviewer", Api.json(draft));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        draft.put("reason", "按照条例第十八条调整事项名称");
        Api.Response changed = api.put("/api/matters/" + id, "hubin.reviewer", Api.json(draft));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);

        draft.put("version", 0);
        assertThat(api.put("/api/matters/" + id, "hubin.head", Api.json(draft)).status())
                .as("a stale version is refused").isEqualTo(409);

        JsonNode history = api.get("/api/matters/" + id + "/history", "hubin.officer1").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("actor").asString()).isEqualTo("hubin.reviewer");
        assertThat(history.get(0).get("reason").asString()).isEqualTo("按照条例第十八条调整事项名称");
        assertThat(history.get(1).get("action").asString()).isEqualTo("CREATE");

        assertThat(api.post("/api/matters?agencyId=" + hubin, "sysadmin", Api.json(draft)).status()).isEqualTo(403);
        assertThat(api.post("/api/matters?agencyId=" + hubin, "city.supervisor", Api.json(draft)).status())
                .isEqualTo(403);
    }

    @Test
    void aDiscretionStandardStaysInsideTheStatute() {
        String id = staffMatter("MZ-CF-BZ-18").get("id").asString();
        String outside = """
                {"reason": "调整", "levels": [{"level": "GENERAL", "label": "一般",
                  "circumstances": [{"code": "C1", "description": "初次违法"}],
                  "penalties": ["FINE"], "fineBasis": "ILLEGAL_INCOME", "fineMin": 2, "fineMax": 4,
                  "description": "罚款"}]}""";
        Api.Response r = api.put("/api/matters/" + id + "/discretion", "hubin.head", outside);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("detail")).contains("1 至 3", "第三十四条");

        String notAllowed = outside.replace("\"FINE\"", "\"REVOCATION\"").replace(", \"fineBasis\": \"ILLEGAL_INCOME\","
                + " \"fineMin\": 2, \"fineMax\": 4", "");
        Api.Response kind = api.put("/api/matters/" + id + "/discretion", "hubin.head", notAllowed);
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.text("detail")).contains("REVOCATION");

        JsonNode unchanged = api.get("/api/matters/" + id + "/discretion", "hubin.officer1").json();
        assertThat(unchanged.size()).as("the published standard is untouched").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aChangeOfLawPutsTheTwentyWorkingDayDeadlineOnTheMattersCitingIt() {
        String law = "殡葬管理条例";
        Api.Response trigger = api.post("/api/catalogue/changes", "hubin.head", """
                {"agencyId": "%s", "kind": "LAW", "law": "%s", "effectiveOn": "2024-09-27",
                 "description": "殡葬管理条例修订"}""".formatted(hubin, law));
        assertThat(trigger.status()).as(trigger.body()).isEqualTo(201);
        // 20 working days after Friday 2024-09-27, counting the make-up Saturdays 09-29 and 10-12 and skipping
        // the National Day holiday 10-01..10-07 (seed §二(一)5(1); LAW.md §1).
        assertThat(trigger.text("due")).isEqualTo("2024-10-30");
        assertThat(trigger.json().get("affected").asInt()).isPositive();

        JsonNode bz = staffMatter("MZ-CF-BZ-18");
        assertThat(bz.get("updateDue").asString()).isEqualTo("2024-10-30");
        assertThat(staffMatter("MZ-CF-SHTT-30").has("updateDue")).as("cites another law").isFalse();
        String home = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD).get("/home").body();
        assertThat(home).contains("须于 2024-10-30 前完成公示信息更新");

        Map<String, Object> update = new LinkedHashMap<>();
        JsonNode current = api.get("/api/matters/" + bz.get("id").asString(), "hubin.head").json();
        for (String field : List.of("code", "category", "name", "responsibility", "fees", "acceptingBody",
                "approvingBody", "conditions", "materials", "timeLimitDays", "timeLimitUnit", "timeLimitRule")) {
            update.put(field, current.get(field) == null || current.get(field).isNull() ? null
                    : current.get(field).isNumber() ? current.get(field).asInt() : current.get(field).asString());
        }
        List<String> basis = new ArrayList<>();
        current.get("legalBasis").forEach(b -> basis.add(b.get("citation").asString()));
        update.put("basis", basis);
        List<String> steps = new ArrayList<>();
        current.get("steps").forEach(x -> steps.add(x.asString()));
        update.put("steps", steps);
        List<String> kinds = new ArrayList<>();
        current.get("penaltyKinds").forEach(x -> kinds.add(x.asString()));
        update.put("penaltyKinds", kinds);
        List<String> stages = new ArrayList<>();
        current.get("avStages").forEach(x -> stages.add(x.asString()));
        update.put("avStages", stages);
        List<Map<String, Object>> bounds = new ArrayList<>();
        current.get("fineBounds").forEach(b -> bounds.add(Map.of("basis", b.get("basis").asString(), "min",
                b.get("min").decimalValue(), "max", b.get("max").decimalValue())));
        update.put("fineBounds", bounds);
        update.put("reason", "依修订后的殡葬管理条例核对");
        Api.Response updated = api.put("/api/matters/" + bz.get("id").asString(), "hubin.head", Api.json(update));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().has("updateDue")).as("updating the matter discharges the duty").isFalse();
        assertThat(api.get("/api/matters/" + bz.get("id").asString() + "/discretion", "hubin.head").json().size())
                .as("an unchanged statute keeps its standard").isPositive();

        Api.Response bad = api.post("/api/catalogue/changes", "hubin.head", """
                {"agencyId": "%s", "kind": "WEATHER", "description": ""}""".formatted(hubin));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void thePowerListPrintsAsAChinesePdf() throws Exception {
        Api.Download pdf = api.download("/portal/agencies/" + hubin + "/power-list.pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("湖滨区民政局权责清单", "MZ-CF-SHTT-30", "社会团体登记管理条例", "第 1 页");
        }
        assertThat(api.download("/portal/agencies/nope/power-list.pdf", null).status()).isEqualTo(404);
    }

    /** API.md, demo data: the review catalogue marks any revocation, a fine of 50,000 or more, and a hearing. */
    @Test
    void theDemoReviewCatalogueMarksTheMajorDecisionsTheContractNames() {
        JsonNode rules = api.get("/api/review-rules?agencyId=" + hubin, "hubin.reviewer").json();
        assertThat(rules.size()).isGreaterThanOrEqualTo(3);
        MatterCategory penalty = MatterCategory.ADMINISTRATIVE_PENALTY;
        assertThat(catalogue.majorBy(hubin, penalty, null, List.of(PenaltyKind.REVOCATION), null, false)).isNotEmpty();
        assertThat(catalogue.majorBy(hubin, penalty, null, List.of(PenaltyKind.FINE), new BigDecimal("50000"), false))
                .isNotEmpty();
        assertThat(catalogue.majorBy(hubin, penalty, null, List.of(PenaltyKind.FINE), new BigDecimal("49999.99"),
                false)).isEmpty();
        assertThat(catalogue.majorBy(hubin, penalty, null, List.of(PenaltyKind.WARNING), null, true)).isNotEmpty();
        assertThat(catalogue.majorBy(hubin, penalty, null, List.of(PenaltyKind.WARNING), null, false)).isEmpty();
        assertThat(api.get("/api/review-rules?agencyId=" + hubin, "lingbao.officer1").status()).isEqualTo(404);
        Api.Response bad = api.post("/api/review-rules?agencyId=" + hubin, "hubin.head",
                "{\"actType\": \"ADMINISTRATIVE_LICENSING\", \"penaltyKind\": \"FINE\", \"minAmount\": -1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").size()).isEqualTo(3);
    }

    @Test
    void anInspectionItemIsCheckedAndVersioned() {
        String code = "MZ-JC-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", "社会团体年度工作报告抽查");
        item.put("basis", "《社会团体登记管理条例》第二十四条");
        item.put("inspectingBody", "湖滨区民政局");
        item.put("objects", "本区登记的社会团体");
        item.put("ratio", 1.5);
        item.put("frequency", "每年一次");
        item.put("method", "书面检查与实地核查");
        item.put("content", "年度工作报告、财务状况");
        Api.Response tooMuch = api.post("/api/inspection-items?agencyId=" + hubin, "hubin.head", Api.json(item));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("ratio");
        item.put("ratio", 0.05);
        Api.Response created = api.post("/api/inspection-items?agencyId=" + hubin, "hubin.head", Api.json(item));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("ratio").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(api.post("/api/inspection-items?agencyId=" + hubin, "hubin.head", Api.json(item)).status())
                .as("the code is taken").isEqualTo(400);
        String id = created.text("id");
        item.put("frequency", "每半年一次");
        assertThat(api.put("/api/inspection-items/" + id, "hubin.head", Api.json(item)).status()).isEqualTo(400);
        item.put("reason", "提高抽查频次");
        Api.Response updated = api.put("/api/inspection-items/" + id, "hubin.head", Api.json(item));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);
        assertThat(api.put("/api/inspection-items/" + id, "lingbao.officer1", Api.json(item)).status())
                .isIn(403, 404);
        JsonNode published = api.get("/api/public/inspection-items?agencyId=" + hubin, null).json().get("items");
        boolean found = false;
        for (JsonNode i : published) {
            found |= i.get("code").asString().equals(code) && i.get("frequency").asString().equals("每半年一次");
        }
        assertThat(found).isTrue();
    }

    @Test
    void theInspectionListRoundTripsAndABadRatioIsNamed() {
        Api.Download before = api.download("/api/inspection-items/export?agencyId=" + hubin + "&format=xlsx",
                "hubin.reviewer");
        assertThat(before.status()).isEqualTo(200);
        String csv = new String(api.download("/api/inspection-items/export?agencyId=" + hubin + "&format=csv",
                "hubin.reviewer").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF事项编码,抽查事项名称,抽查依据,抽查主体,抽查对象,抽查比例").contains("5%");
        Api.Response back = api.upload("/api/inspection-items/import?agencyId=" + hubin, "hubin.reviewer", "i.xlsx",
                before.body());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("added").asInt()).isZero();
        assertThat(new String(api.download("/api/inspection-items/export?agencyId=" + hubin + "&format=csv",
                "hubin.reviewer").body(), StandardCharsets.UTF_8)).isEqualTo(csv);

        String bad = "事项编码,抽查事项名称,抽查依据,抽查主体,抽查对象,抽查比例,抽查频次,抽查方式,抽查内容\r\n"
                + "MZ-JC-X1,殡葬服务机构抽查,《殡葬管理条例》第四条,本局,殡葬服务机构,百分之五,每年,实地,收费\r\n";
        Api.Response refused = api.upload("/api/inspection-items/import?agencyId=" + hubin, "hubin.reviewer",
                "i.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("抽查比例");
    }

    @Test
    void aPenaltyMatterWithoutAStandardIsFlaggedOnTheWorkbench() {
        String code = "TEST-CF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = """
                {"code": "%s", "category": "ADMINISTRATIVE_PENALTY", "name": "对民办非企业单位未按规定年检的行政处罚",
                 "basis": ["《民办非企业单位登记管理暂行条例》第二十五条"], "responsibility": "立案、调查、决定",
                 "timeLimitRule": "PENALTY_DECISION", "fees": "不收费", "acceptingBody": "湖滨区民政局",
                 "approvingBody": "湖滨区民政局", "conditions": "未按规定参加年检", "steps": ["立案", "决定"],
                 "penaltyKinds": ["WARNING"]}""".formatted(code);
        assertThat(api.post("/api/matters?agencyId=" + hubin, "hubin.head", body).status()).isEqualTo(201);
        String home = FormSession.signIn(port, "hubin.reviewer", Api.DEMO_PASSWORD).get("/home").body();
        assertThat(home).contains("个行政处罚事项尚未制定裁量基准");
        String officerHome = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD).get("/home").body();
        assertThat(officerHome).doesNotContain("尚未制定裁量基准");
    }

    @Test
    void rowNumbersAreTheSpreadsheetsEvenAfterBlankRows() {
        String csv = "事项编码,事项名称,事项类别,实施依据\r\n,,,\r\n,,,\r\nMZ-X-1,名称,行政确认,《慈善法》\r\n";
        Api.Response r = api.upload("/api/matters/import?agencyId=" + hubin, "hubin.head", "blank.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        r.json().get("errors").forEach(e -> assertThat(e.get("row").asInt()).isEqualTo(4));
    }

    @Test
    void nullsAndWrongShapesAreBadRequestsNeverServerErrors() {
        String id = staffMatter("MZ-CF-BZ-18").get("id").asString();
        List<String> bodies = List.of("{\"levels\": [null], \"reason\": \"x\"}",
                "{\"levels\": [{\"level\": \"GENERAL\", \"circumstances\": [null], \"penalties\": [null]}]}",
                "{\"levels\": null}", "{\"levels\": \"GENERAL\"}", "[]", "null");
        for (String body : bodies) {
            Api.Response r = api.put("/api/matters/" + id + "/discretion", "hubin.head", body);
            assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(400);
        }
        List<String> matters = List.of("{\"fineBounds\": [null], \"basis\": [null], \"steps\": [null]}",
                "{\"basis\": \"《慈善法》第一条\"}", "{\"timeLimitDays\": \"ninety\"}", "{}",
                "{\"fineBounds\": [{\"basis\": \"FIXED\", \"min\": 1e30, \"max\": 1e31}]}");
        for (String body : matters) {
            Api.Response r = api.post("/api/matters?agencyId=" + hubin, "hubin.head", body);
            assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(400);
            assertThat(r.text("detail")).isNotBlank();
        }
        assertThat(api.post("/api/catalogue/changes", "hubin.head", "{\"effectiveOn\": \"2024-02-30\"}").status())
                .isEqualTo(400);
        assertThat(api.get("/api/matters/" + id + "/history", "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.delete("/api/review-rules/nope?reason=x", "hubin.head").status()).isEqualTo(404);
    }

    private JsonNode staffMatter(String code) {
        return find(api.get("/api/matters?agencyId=" + hubin + "&q=" + code, "hubin.head").json().get("items"), code);
    }

    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no matter " + code + " in " + items);
    }

    private static int csvRows(String csv) throws Exception {
        try (var parser = org.apache.commons.csv.CSVFormat.EXCEL.builder().get()
                .parse(new java.io.StringReader(csv.substring(1)))) {
            return parser.getRecords().size();
        }
    }

}
