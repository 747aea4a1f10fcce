package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.FormSession;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The retrieval log (seed §二(二)5-6): every opening of a case, a document or evidence is logged with who, when,
 * what and why; whoever is not on the case gives a reason for documents and evidence; heads, supervisors and the
 * auditor read the log with unusual openings flagged.
 */
@IntegrationTest
class RetrievalsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Retrievals retrievals;
    @Autowired
    Cases cases;
    Api api;
    String caseId;
    String officer1;
    String officer2;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        caseId = file("hubin.officer1", officer1, officer2);
    }

    private String file(String username, String o1, String o2) {
        Api.Response filed = api.post("/api/cases", username, """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准在集体土地上擅自兴建骨灰堂，违法所得八千元。", "occurredOn": "2026-10-01", "filedOn": "2026-10-05",
                 "place": "湖滨区会兴街道", "illegalIncome": 8000, "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "张某", "idNumber": "411202198503150017"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.text("id");
    }

    private List<JsonNode> log(String caseId) {
        Api.Response r = api.get("/api/cases/" + caseId + "/retrievals?size=200", "hubin.head");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        assertThat(r.json().get("total").asLong()).isEqualTo(items.size());
        return items;
    }

    private static List<String> flags(JsonNode item) {
        List<String> codes = new ArrayList<>();
        item.get("flags").forEach(f -> codes.add(f.get("code").asString()));
        return codes;
    }

    @Test
    void aSupervisorGivesAReasonToOpenADocumentOrEvidenceAndEachOpeningIsLogged() {
        String documentId = api.get("/api/cases/" + caseId + "/documents", "hubin.officer1").json().get(0).get("id")
                .asString();
        String evidenceId = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "licence.pdf",
                "营业执照扫描件".getBytes(StandardCharsets.UTF_8), "kind", "DOCUMENTARY", "description", "营业执照复印件")
                .text("id");

        assertThat(api.download("/api/documents/" + documentId + "/pdf", "city.supervisor").status()).isEqualTo(400);
        assertThat(api.download("/api/documents/" + documentId + "/ofd", "city.supervisor").status()).isEqualTo(400);
        assertThat(api.download("/api/evidence/" + evidenceId + "/content", "city.supervisor").status())
                .isEqualTo(400);
        assertThat(log(caseId)).isEmpty();

        Api.Download pdf = api.download("/api/documents/" + documentId + "/pdf?reason=" + Api.q("执法监督检查"),
                "city.supervisor");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(api.download("/api/evidence/" + evidenceId + "/content?reason=" + Api.q("案卷评查"),
                "city.supervisor").status()).isEqualTo(200);

        List<JsonNode> log = log(caseId);
        assertThat(log).hasSize(2);
        JsonNode document = log.get(0);
        assertThat(document.get("subjectKind").asString()).isEqualTo("DOCUMENT");
        assertThat(document.get("subjectId").asString()).isEqualTo(documentId);
        assertThat(document.get("subjectTitle").asString()).isNotBlank();
        assertThat(document.get("username").asString()).isEqualTo("city.supervisor");
        assertThat(document.get("displayName").asString()).isEqualTo("李振华");
        assertThat(document.get("onCase").asBoolean()).isFalse();
        assertThat(document.get("reason").asString()).isEqualTo("执法监督检查");
        assertThat(document.get("retrievedAt").asString()).isNotBlank();
        assertThat(flags(document)).doesNotContain("NO_REASON");
        JsonNode evidence = log.get(1);
        assertThat(evidence.get("subjectKind").asString()).isEqualTo("EVIDENCE");
        assertThat(evidence.get("subjectTitle").asString()).isEqualTo("营业执照复印件");
        assertThat(evidence.get("reason").asString()).isEqualTo("案卷评查");
    }

    @Test
    void anOfficerOfTheCaseOpensWithoutAReasonAndIsLoggedAsOnTheCase() {
        assertThat(api.get("/api/cases/" + caseId, "hubin.officer1").status()).isEqualTo(200);
        String documentId = api.get("/api/cases/" + caseId + "/documents", "hubin.officer2").json().get(0).get("id")
                .asString();
        assertThat(api.download("/api/documents/" + documentId + "/pdf", "hubin.officer2").status()).isEqualTo(200);
        List<JsonNode> log = log(caseId);
        assertThat(log).hasSize(2);
        assertThat(log.get(0).get("subjectKind").asString()).isEqualTo("CASE");
        assertThat(log.get(0).get("username").asString()).isEqualTo("hubin.officer1");
        assertThat(log.get(0).get("onCase").asBoolean()).isTrue();
        assertThat(log.get(0).get("reason").isNull()).isTrue();
        assertThat(flags(log.get(0))).doesNotContain("NO_REASON", "MANY_CASES");
        assertThat(log.get(1).get("subjectKind").asString()).isEqualTo("DOCUMENT");
        assertThat(log.get(1).get("onCase").asBoolean()).isTrue();
    }

    @Test
    void theCaseDetailTakesAnOptionalReasonFromThoseNotOnTheCaseAndFlagsItsAbsence() {
        assertThat(api.get("/api/cases/" + caseId, "hubin.officer3").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId + "?reason=" + Api.q("协助调查"), "hubin.reviewer").status())
                .isEqualTo(200);
        FormSession supervisor = FormSession.signIn(port, "city.supervisor", Api.DEMO_PASSWORD);
        assertThat(supervisor.get("/cases/" + caseId).body()).contains("id=\"retrievalReason\"");
        HttpResponse<String> page = supervisor.get("/cases/" + caseId + "?reason=" + Api.q("执法监督"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("执法监督").containsPattern("/api/documents/[0-9a-f-]{36}/pdf\\?reason=");
        FormSession officer = FormSession.signIn(port, "hubin.officer1", Api.DEMO_PASSWORD);
        assertThat(officer.get("/cases/" + caseId).body()).doesNotContain("id=\"retrievalReason\"");
        List<JsonNode> log = log(caseId);
        assertThat(log).extracting(n -> n.get("username").asString()).containsExactly("hubin.officer3",
                "hubin.reviewer", "city.supervisor", "city.supervisor", "hubin.officer1");
        assertThat(flags(log.get(0))).contains("NO_REASON");
        JsonNode noReason = log.get(0).get("flags").get(flags(log.get(0)).indexOf("NO_REASON"));
        assertThat(noReason.get("text").asString()).contains("理由");
        assertThat(flags(log.get(1))).doesNotContain("NO_REASON");
        assertThat(log.get(1).get("reason").asString()).isEqualTo("协助调查");
        assertThat(flags(log.get(2))).contains("NO_REASON");
        assertThat(log.get(3).get("reason").asString()).isEqualTo("执法监督");
        assertThat(log.get(4).get("onCase").asBoolean()).isTrue();
    }

    @Test
    void onlyHeadsSupervisorsAndTheAuditorReadTheLogWithinTheirReach() {
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "hubin.head").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "city.supervisor").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "auditor").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "hubin.officer1").status()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "hubin.reviewer").status()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "lingbao.officer1").status()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "lingbao.officer2").status()).isEqualTo(403);
        assertThat(api.get("/api/retrievals", "hubin.officer1").status()).isEqualTo(403);
        assertThat(api.get("/api/retrievals", "lingbao.officer1").status()).isEqualTo(403);
        assertThat(api.get("/api/retrievals", "sysadmin").status()).isEqualTo(403);

        String l1 = api.get("/api/me", "lingbao.officer1").text("officerId");
        String l2 = api.get("/api/me", "lingbao.officer2").text("officerId");
        String lingbaoCase = fileIn("lingbao.officer1", l1, l2);
        assertThat(api.get("/api/cases/" + lingbaoCase, "lingbao.officer2").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + lingbaoCase + "/retrievals", "hubin.head").status()).isEqualTo(404);
        assertThat(api.get("/api/cases/" + lingbaoCase + "/retrievals", "city.supervisor").status()).isEqualTo(200);
        Api.Response hubinList = api.get("/api/retrievals?caseId=" + lingbaoCase, "hubin.head");
        assertThat(hubinList.status()).isEqualTo(200);
        assertThat(hubinList.json().get("total").asLong()).isZero();
        Api.Response cityList = api.get("/api/retrievals?caseId=" + lingbaoCase, "auditor");
        assertThat(cityList.json().get("total").asLong()).isEqualTo(1);
    }

    private String fileIn(String username, String o1, String o2) {
        Api.Response filed = api.post("/api/cases", username, """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准擅自兴建骨灰堂。", "occurredOn": "2026-10-01", "filedOn": "2026-10-05",
                 "place": "灵宝市函谷路", "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "李某", "idNumber": "411202198503150017"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.text("id");
    }

    @Test
    void openingMoreThanTenCasesNotOnWithin24HoursIsFlagged() {
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String id = file("hubin.officer1", officer1, officer2);
            assertThat(api.get("/api/cases/" + id, "city.supervisor").status()).isEqualTo(200);
            opened.add(id);
        }
        String last = opened.get(10);
        Api.Response list = api.get("/api/retrievals?username=city.supervisor&caseId=" + last + "&flagged=true",
                "city.supervisor");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        JsonNode row = list.json().get("items").get(0);
        assertThat(flags(row)).contains("MANY_CASES", "NO_REASON");
        assertThat(row.get("caseId").asString()).isEqualTo(last);
        assertThat(row.get("subjectKind").asString()).isEqualTo("CASE");
        JsonNode many = row.get("flags").get(flags(row).indexOf("MANY_CASES"));
        assertThat(many.get("text").asString()).contains("10");

        // An officer of those cases opening them is never "many cases".
        assertThat(api.get("/api/cases/" + last, "hubin.officer2").status()).isEqualTo(200);
        assertThat(log(last)).filteredOn(n -> n.get("username").asString().equals("hubin.officer2"))
                .allSatisfy(n -> assertThat(flags(n)).doesNotContain("MANY_CASES", "NO_REASON"));

        String home = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD).get("/home").body();
        assertThat(home).contains("异常调阅记录").contains("/supervision/retrievals?flagged=true");
    }

    @Test
    void openingsOnASundayOrAt22AreOutsideHoursAndTheFiltersFindThem() {
        String hubin = api.agencyId("湖滨区民政局");
        CaseFile c = cases.requireVisible(caller(hubin, "hubin.head", null, Role.HEAD), caseId);
        Caller officer = caller(hubin, "hubin.officer1", officer1, Role.OFFICER);
        // 2026-11-15 is a Sunday; 2026-11-17 and 18 are a Tuesday and a Wednesday, working days.
        retrievals.record(officer, c, Retrievals.SubjectKind.CASE, c.id(), null, null,
                OffsetDateTime.parse("2026-11-15T10:00:00+08:00"));
        retrievals.record(officer, c, Retrievals.SubjectKind.CASE, c.id(), null, null,
                OffsetDateTime.parse("2026-11-17T22:00:00+08:00"));
        retrievals.record(officer, c, Retrievals.SubjectKind.CASE, c.id(), null, null,
                OffsetDateTime.parse("2026-11-18T10:00:00+08:00"));
        // 18:30 in China is 10:30 UTC: the wall clock of Asia/Shanghai decides, not the server's.
        retrievals.record(officer, c, Retrievals.SubjectKind.CASE, c.id(), null, null,
                OffsetDateTime.parse("2026-11-18T10:30:00Z"));

        List<JsonNode> log = log(caseId);
        assertThat(log).hasSize(4);
        assertThat(flags(log.get(0))).containsExactly("OUTSIDE_HOURS");
        assertThat(log.get(0).get("flags").get(0).get("text").asString()).contains("08:00", "18:00");
        assertThat(flags(log.get(1))).containsExactly("OUTSIDE_HOURS");
        assertThat(flags(log.get(2))).isEmpty();
        assertThat(flags(log.get(3))).containsExactly("OUTSIDE_HOURS");

        String base = "/api/retrievals?caseId=" + caseId;
        assertThat(api.get(base + "&from=2026-11-15&to=2026-11-17", "city.supervisor").json().get("total").asLong())
                .isEqualTo(2);
        assertThat(api.get(base + "&from=2026-11-18", "city.supervisor").json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get(base + "&flagged=true", "city.supervisor").json().get("total").asLong()).isEqualTo(3);
        Api.Response unflagged = api.get(base + "&flagged=false", "city.supervisor");
        assertThat(unflagged.json().get("total").asLong()).isEqualTo(1);
        assertThat(unflagged.json().get("items").get(0).get("retrievedAt").asString()).startsWith("2026-11-18T10:00");
        assertThat(api.get(base + "&username=hubin.officer1", "auditor").json().get("total").asLong()).isEqualTo(4);
        assertThat(api.get(base + "&username=hubin.officer2", "auditor").json().get("total").asLong()).isZero();
        Api.Response paged = api.get(base + "&size=3&page=1", "hubin.head");
        assertThat(paged.json().get("total").asLong()).isEqualTo(4);
        assertThat(paged.json().get("items").size()).isEqualTo(1);
        // Newest first in the supervision list.
        assertThat(api.get(base + "&size=1", "hubin.head").json().get("items").get(0).get("retrievedAt").asString())
                .startsWith("2026-11-18T18:30");

        assertThat(api.get(base + "&from=2026-11-18&to=2026-11-01", "hubin.head").status()).isEqualTo(400);
        assertThat(api.get(base + "&from=yesterday", "hubin.head").status()).isEqualTo(400);
        assertThat(api.get(base + "&flagged=maybe", "hubin.head").status()).isEqualTo(400);
        assertThat(api.get(base + "&size=1000", "hubin.head").status()).isEqualTo(400);
    }

    @Test
    void anExportNeedsAReasonFromSomeoneNotOnTheCaseLikeADocument() {
        String city = api.agencyId("三门峡市民政局");
        Caller supervisor = caller(city, "city.supervisor", null, Role.SUPERVISOR);
        CaseFile c = cases.requireVisible(supervisor, caseId);
        assertThatThrownBy(() -> retrievals.record(supervisor, c, Retrievals.SubjectKind.EXPORT, c.id(), " ", null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status().value()).isEqualTo(400));
        retrievals.record(supervisor, c, Retrievals.SubjectKind.EXPORT, c.id(), "移送审计", null);
        List<JsonNode> log = log(caseId);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("subjectKind").asString()).isEqualTo("EXPORT");
        assertThat(log.get(0).get("subjectTitle").asString()).isNotBlank();
        assertThat(log.get(0).get("reason").asString()).isEqualTo("移送审计");
    }

    @Test
    void theRangesOfOnePlaybackAreOneOpening() {
        byte[] video = new byte[10_000];
        String id = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "camera.mp4", video, "kind",
                "AUDIO_VISUAL", "description", "执法记录仪视频").text("id");
        for (int i = 0; i < 4; i++) {
            assertThat(api.download("/api/evidence/" + id + "/content", "hubin.officer2", "Range",
                    "bytes=" + (i * 1000) + "-" + (i * 1000 + 999)).status()).isEqualTo(206);
        }
        assertThat(api.download("/api/evidence/" + id + "/content?reason=" + Api.q("监督抽查"), "hubin.officer3",
                "Range", "bytes=0-99").status()).isEqualTo(206);
        List<JsonNode> log = log(caseId);
        assertThat(log).extracting(n -> n.get("username").asString()).containsExactly("hubin.officer2",
                "hubin.officer3");
        assertThat(log.get(0).get("range").asString()).isEqualTo("bytes=0-999");
    }

    private static Caller caller(String hubin, String username, String officerId, Role role) {
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
                return hubin;
            }

            @Override
            public Optional<String> officerId() {
                return Optional.ofNullable(officerId);
            }

            @Override
            public Set<Role> roles() {
                return Set.of(role);
            }
        };
    }
}
