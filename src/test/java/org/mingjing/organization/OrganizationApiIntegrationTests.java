package org.mingjing.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.mingjing.testsupport.TestIdentifiers;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The Organisation section of the API contract, against the demo data set. */
@IntegrationTest
class OrganizationApiIntegrationTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void meTellsWhoTheCallerIsAndForWhichAgency() {
        Api.Response me = api.get("/api/me", "hubin.officer1");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo("hubin.officer1");
        assertThat(me.text("agencyName")).isEqualTo("湖滨区民政局");
        assertThat(me.text("officerId")).isNotBlank();
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("OFFICER");
        assertThat(api.get("/api/me", "sysadmin").json().get("officerId").isNull()).isTrue();
    }

    @Test
    void agenciesFormTheDemoHierarchyWithValidCreditCodes() {
        JsonNode agencies = api.get("/api/agencies", "hubin.officer1").json();
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        agencies.forEach(a -> byName.put(a.get("name").asString(), a));
        assertThat(byName).containsKeys("河南省民政厅", "三门峡市民政局", "湖滨区民政局", "陕州区民政局", "义马市民政局",
                "灵宝市民政局", "渑池县民政局", "卢氏县民政局");
        assertThat(byName.get("河南省民政厅").get("level").asString()).isEqualTo("PROVINCE");
        assertThat(byName.get("河南省民政厅").get("parentId").isNull()).isTrue();
        assertThat(byName.get("三门峡市民政局").get("parentId").asString())
                .isEqualTo(byName.get("河南省民政厅").get("id").asString());
        assertThat(byName.get("湖滨区民政局").get("level").asString()).isEqualTo("COUNTY");
        assertThat(byName.get("湖滨区民政局").get("parentId").asString())
                .isEqualTo(byName.get("三门峡市民政局").get("id").asString());
        byName.values().forEach(a -> assertThat(org.mingjing.shared.CreditCode.isValid(a.get("creditCode").asString()))
                .isTrue());
    }

    @Test
    void reviewStaffingFollowsTheFivePercentAtLeastOneRule() {
        String hubin = api.agencyId("湖滨区民政局");
        Api.Response staffing = api.get("/api/agencies/" + hubin + "/review-staffing", "hubin.head");
        assertThat(staffing.status()).isEqualTo(200);
        assertThat(staffing.text("agencyId")).isEqualTo(hubin);
        assertThat(staffing.json().get("reviewers").asInt()).isEqualTo(1);
        assertThat(staffing.json().get("required").asInt()).isEqualTo(1);
        assertThat(staffing.json().get("compliant").asBoolean()).isTrue();
        JsonNode lushi = api.get("/api/agencies/" + api.agencyId("卢氏县民政局") + "/review-staffing", "city.supervisor")
                .json();
        assertThat(lushi.get("reviewers").asInt()).isZero();
        assertThat(lushi.get("compliant").asBoolean()).isFalse();
    }

    @Test
    void anOfficerCannotSeeAnotherCountysOfficersOrStaffing() {
        String hubin = api.agencyId("湖滨区民政局");
        assertThat(api.get("/api/officers?agencyId=" + hubin, "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.get("/api/agencies/" + hubin + "/review-staffing", "lingbao.officer1").status())
                .isEqualTo(404);
        JsonNode own = api.get("/api/officers?size=200", "lingbao.officer1").json();
        own.get("items").forEach(o -> assertThat(o.get("agencyName").asString()).isEqualTo("灵宝市民政局"));
        String someHubinOfficer = api.get("/api/officers?agencyId=" + hubin, "hubin.officer1").json().get("items")
                .get(0).get("id").asString();
        assertThat(api.get("/api/officers/" + someHubinOfficer, "lingbao.officer1").status()).isEqualTo(404);
    }

    @Test
    void theCitySupervisorReadsEveryCountyButNotTheProvince() {
        JsonNode all = api.get("/api/officers?size=200", "city.supervisor").json();
        List<String> agencies = new ArrayList<>();
        all.get("items").forEach(o -> agencies.add(o.get("agencyName").asString()));
        assertThat(agencies).contains("湖滨区民政局", "灵宝市民政局", "三门峡市民政局").doesNotContain("河南省民政厅");
        assertThat(api.get("/api/agencies/" + api.agencyId("河南省民政厅") + "/review-staffing", "city.supervisor")
                .status()).isEqualTo(404);
    }

    @Test
    void officerItemsCarryTheUsernameAndHidePersonalDataFromNonAdministrators() {
        String hubin = api.agencyId("湖滨区民政局");
        JsonNode items = api.get("/api/officers?agencyId=" + hubin + "&size=50", "hubin.head").json().get("items");
        boolean found = false;
        for (JsonNode o : items) {
            if ("hubin.officer1".equals(o.get("username").asString(null))) {
                found = true;
                assertThat(o.get("idNumber").asString()).contains("*");
                assertThat(o.get("phone").asString()).contains("*");
            }
        }
        assertThat(found).isTrue();
        JsonNode forAdmin = api.get("/api/officers?agencyId=" + hubin + "&size=50", "sysadmin").json().get("items");
        assertThat(forAdmin.get(0).get("idNumber").asString()).doesNotContain("*");
    }

    @Test
    void theSystemAdministratorRegistersAnOfficerAndTheAuditLogRecordsIt() throws Exception {
        String hubin = api.agencyId("湖滨区民政局");
        Api.Response created = api.post("/api/officers", "sysadmin", Api.json(Map.of("agencyId", hubin, "name", "新同志",
                "post", "科员", "certificateNumber", TestIdentifiers.certificateNumber(), "certificateValidFrom",
                "2025-01-01", "certificateValidUntil", "2030-12-31", "area", "湖滨区", "idNumber", TestIdentifiers.idNumber(),
                "phone", "13912345678")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("id")).isNotBlank();
        assertThat(created.text("status")).isEqualTo("ACTIVE");
        JsonNode events = null;
        for (int i = 0; i < 50; i++) {
            events = api.get("/api/security-events?type=OFFICER_REGISTERED", "auditor").json();
            if (events.get("total").asLong() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(events.get("items").get(0).get("subject").asString()).isEqualTo(created.text("id"));
        assertThat(events.get("items").get(0).get("username").asString()).isEqualTo("sysadmin");
    }

    @Test
    void registeringAnOfficerWithBadDataIsA400NamingEveryFieldAndChangesNothing() {
        String hubin = api.agencyId("湖滨区民政局");
        JsonNode existing = api.get("/api/officers?agencyId=" + hubin, "sysadmin").json();
        long before = existing.get("total").asLong();
        String takenCertificate = existing.get("items").get(0).get("certificateNumber").asString();
        Api.Response bad = api.post("/api/officers", "sysadmin", Api.json(Map.of("agencyId", hubin, "name", " ",
                "post", "科员", "certificateNumber", takenCertificate, "certificateValidFrom", "2025-01-01",
                "certificateValidUntil", "2024-12-31", "area", "湖滨区", "idNumber", "110105194912310021", "phone",
                "12345")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text("detail")).contains("身份证");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("name", "certificateNumber", "certificateValidUntil", "idNumber", "phone");
        assertThat(api.get("/api/officers?agencyId=" + hubin, "sysadmin").json().get("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void malformedJsonAndWrongTypesAre400ProblemsNot500() {
        Api.Response broken = api.post("/api/officers", "sysadmin", "{\"name\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.text("detail")).contains("JSON");
        Api.Response badDate = api.post("/api/officers", "sysadmin", "{\"certificateValidFrom\": \"2025-13-45\"}");
        assertThat(badDate.status()).isEqualTo(400);
        Api.Response badStatus = api.get("/api/officers?status=SLEEPING", "sysadmin");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(api.get("/api/officers?size=100000", "sysadmin").status()).isEqualTo(400);
        assertThat(api.get("/api/officers?page=-1", "sysadmin").status()).isEqualTo(400);
    }

    @Test
    void onlyTheSystemAdministratorRegistersOfficers() {
        Api.Response refused = api.post("/api/officers", "hubin.head", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).isNotBlank();
        assertThat(api.post("/api/officers", "secadmin", "{}").status()).isEqualTo(403);
    }

    @Test
    void theSystemAdministratorCannotPlaceAnOfficerInTheProvinceAboveIt() {
        Api.Response refused = api.post("/api/officers", "sysadmin", Api.json(Map.of("agencyId",
                api.agencyId("河南省民政厅"), "name", "某某", "post", "科员", "certificateNumber", "41000099999",
                "certificateValidFrom", "2025-01-01", "certificateValidUntil", "2030-12-31", "area", "全省",
                "idNumber", TestIdentifiers.idNumber(), "phone", "13912345678")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("agencyId");
    }

    @Test
    void thePublicRosterShowsNothingPrivate() {
        Api.Response roster = api.get("/api/public/officers?agencyId=" + api.agencyId("湖滨区民政局"), null);
        assertThat(roster.status()).isEqualTo(200);
        assertThat(roster.json().isArray()).isTrue();
        assertThat(roster.json().size()).isGreaterThanOrEqualTo(5);
        JsonNode first = roster.json().get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("name", "post", "certificateNumber", "area",
                "agencyName");
        assertThat(roster.body()).doesNotContain("idNumber").doesNotContain("phone").doesNotContain("139");
        assertThat(api.get("/api/public/officers?agencyId=nope", null).status()).isEqualTo(404);
    }

    @Test
    void theCertificateCheckTellsValidFromSuspendedFromUnknown() {
        JsonNode roster = api.get("/api/public/officers?agencyId=" + api.agencyId("湖滨区民政局"), null).json();
        String number = roster.get(0).get("certificateNumber").asString();
        Api.Response valid = api.get("/api/public/officers/verify?certificateNumber=" + number, null);
        assertThat(valid.json().get("valid").asBoolean()).isTrue();
        assertThat(valid.text("agencyName")).isEqualTo("湖滨区民政局");
        assertThat(valid.text("validUntil")).matches("\\d{4}-\\d{2}-\\d{2}");
        Api.Response unknown = api.get("/api/public/officers/verify?certificateNumber=NOPE-000", null);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().get("valid").asBoolean()).isFalse();
        assertThat(api.get("/api/public/officers/verify", null).status()).isEqualTo(400);
        String suspended = null;
        for (JsonNode o : api.get("/api/officers?status=SUSPENDED&size=200", "city.supervisor").json().get("items")) {
            suspended = o.get("certificateNumber").asString();
        }
        assertThat(suspended).isNotNull();
        assertThat(api.get("/api/public/officers/verify?certificateNumber=" + suspended, null).json().get("valid")
                .asBoolean()).isFalse();
    }

    @Test
    void theSystemAdministratorCorrectsAnAgencyOfItsReachOnly() {
        String yima = api.agencyId("义马市民政局");
        JsonNode agency = api.get("/api/agencies/" + yima, "sysadmin").json();
        Map<String, Object> draft = new LinkedHashMap<>();
        for (String field : List.of("name", "shortName", "creditCode", "qualificationBasis", "address",
                "reconsiderationBody", "court")) {
            draft.put(field, agency.get(field).asString());
        }
        draft.put("phone", "0398-5812999");
        draft.put("version", agency.get("version").asInt());

        Map<String, Object> bad = new LinkedHashMap<>(draft);
        bad.put("creditCode", "11411281005000000X");
        Api.Response refused = api.put("/api/agencies/" + yima, "sysadmin", Api.json(bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");

        assertThat(api.put("/api/agencies/" + yima, "hubin.head", Api.json(draft)).status()).isEqualTo(403);
        assertThat(api.put("/api/agencies/" + api.agencyId("河南省民政厅"), "sysadmin", Api.json(draft)).status())
                .isEqualTo(404);

        Api.Response saved = api.put("/api/agencies/" + yima, "sysadmin", Api.json(draft));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text("phone")).isEqualTo("0398-5812999");
        assertThat(saved.json().get("version").asInt()).isEqualTo(agency.get("version").asInt() + 1);
        Api.Response stale = api.put("/api/agencies/" + yima, "sysadmin", Api.json(draft));
        assertThat(stale.status()).as("a second save with the old version is refused").isEqualTo(409);
    }
}
