package org.mingjing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.FormSession;
import org.mingjing.testsupport.IntegrationTest;
import org.mingjing.testsupport.TestIdentifiers;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Every staff page renders for the roles that may see it, and refuses the others; forms report bad input. */
@IntegrationTest
class PagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void eachRoleSeesItsPages() {
        assertPage("hubin.officer1", "/home", 200, "待办事项");
        assertPage("hubin.officer1", "/agencies", 200, "湖滨区民政局");
        assertPage("hubin.officer1", "/officers", 200, "王建国");
        assertPage("secadmin", "/accounts", 200, "hubin.officer1");
        assertPage("auditor", "/audit", 200, "网络安全法第二十一条");
        assertPage("sysadmin", "/officers/new", 200, "身份证号");
        assertPage("city.supervisor", "/agencies/" + new Api(port).agencyId("卢氏县民政局"), 200, "配备不足");
    }

    @Test
    void pagesOfOtherDutiesAreRefused() {
        assertPage("hubin.officer1", "/accounts", 403, null);
        assertPage("sysadmin", "/audit", 403, null);
        assertPage("auditor", "/officers/new", 403, null);
        String someLingbaoOfficer = new Api(port).get("/api/officers?agencyId=" + new Api(port).agencyId("灵宝市民政局"),
                "lingbao.officer1").json().get("items").get(0).get("id").asString();
        assertPage("hubin.officer1", "/officers/" + someLingbaoOfficer, 404, "无权查看");
    }

    @Test
    void theOfficerFormShowsEveryFaultInChineseAndSavesNothing() {
        FormSession session = FormSession.signIn(port, "sysadmin", Api.DEMO_PASSWORD);
        session.get("/officers/new");
        Map<String, String> form = new HashMap<>();
        form.put("agencyId", new Api(port).agencyId("湖滨区民政局"));
        form.put("name", "测试");
        form.put("post", "科员");
        String certificate = TestIdentifiers.certificateNumber();
        form.put("certificateNumber", certificate);
        form.put("certificateValidFrom", "2025-01-01");
        form.put("certificateValidUntil", "2030-01-01");
        form.put("area", "湖滨区");
        form.put("idNumber", "110105194912310021");
        form.put("phone", "13912345678");
        HttpResponse<String> refused = session.post("/officers/new", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains("不是有效的居民身份证号码");
        JsonNode found = new Api(port).get("/api/officers?q=" + certificate, "sysadmin").json();
        assertThat(found.get("total").asLong()).isZero();

        form.put("idNumber", TestIdentifiers.idNumber());
        HttpResponse<String> saved = session.post("/officers/new", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(new Api(port).get("/api/officers?q=" + certificate, "sysadmin").json().get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void theHtmxSearchReturnsAFragmentOfTheCallersReachOnly() {
        FormSession session = FormSession.signIn(port, "lingbao.officer1", Api.DEMO_PASSWORD);
        HttpResponse<String> fragment = session.get("/officers/fragments/results?q=");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("周杰").doesNotContain("王建国");
    }

    @Test
    void theWorkbenchSpeaksEnglishWhenAsked() {
        FormSession session = FormSession.signIn(port, "hubin.head", Api.DEMO_PASSWORD);
        HttpResponse<String> english = session.get("/home?lang=en");
        assertThat(english.body()).contains("To do").contains("Warnings");
        assertThat(session.get("/home").body()).contains("To do");
        assertThat(session.get("/home?lang=zh_CN").body()).contains("待办事项");
    }

    @Test
    void theSecurityAdministratorResetsAndDisablesAnAccountFromTheAccountsPage() {
        String username = "page.user." + System.nanoTime() % 100000;
        Api api = new Api(port);
        assertThat(api.post("/api/accounts", "secadmin", Api.json(Map.of("username", username, "displayName", "测试",
                "agencyId", api.agencyId("湖滨区民政局"), "roles", java.util.List.of("OFFICER"), "initialPassword",
                "Initial#2026"))).status()).isEqualTo(201);
        FormSession session = FormSession.signIn(port, "secadmin", Api.DEMO_PASSWORD);
        assertThat(session.get("/accounts").body()).contains(username);

        HttpResponse<String> weak = session.post("/accounts/" + username + "/password-reset", Map.of("password", "abc"));
        assertThat(weak.statusCode()).isEqualTo(302);
        assertThat(session.get("/accounts").body()).contains("至少 8 位");
        assertThat(api.get("/api/me", username, "Initial#2026").status()).isEqualTo(200);

        session.post("/accounts/" + username + "/password-reset", Map.of("password", "Temporary#2026"));
        assertThat(session.get("/accounts").body()).contains("密码已重置");
        assertThat(api.get("/api/me", username, "Initial#2026").status()).isEqualTo(401);
        assertThat(api.get("/api/officers", username, "Temporary#2026").text("type"))
                .endsWith("/password-change-required");

        session.get("/accounts");
        session.post("/accounts/" + username + "/disable", Map.of());
        assertThat(api.get("/api/me", username, "Temporary#2026").status()).isEqualTo(401);
        session.get("/accounts");
        session.post("/accounts/" + username + "/enable", Map.of());
        assertThat(api.get("/api/me", username, "Temporary#2026").status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsOpenBrowserSession() {
        String username = "session.user." + System.nanoTime() % 100000;
        Api api = new Api(port);
        api.post("/api/accounts", "secadmin", Api.json(Map.of("username", username, "displayName", "测试",
                "agencyId", api.agencyId("湖滨区民政局"), "roles", java.util.List.of("OFFICER"), "initialPassword",
                "Initial#2026")));
        FormSession user = FormSession.signIn(port, username, "Initial#2026");
        assertThat(user.get("/password").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/accounts/" + username + "/disable", "secadmin", "").status()).isEqualTo(204);
        HttpResponse<String> next = user.get("/password");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
        assertThat(user.get("/home").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theAgencyFormRefusesABadCreditCodeAndKeepsTheAgencyAsItWas() {
        Api api = new Api(port);
        String mianchi = api.agencyId("渑池县民政局");
        JsonNode before = api.get("/api/agencies/" + mianchi, "sysadmin").json();
        FormSession session = FormSession.signIn(port, "sysadmin", Api.DEMO_PASSWORD);
        assertThat(session.get("/agencies/" + mianchi + "/edit").body()).contains(before.get("creditCode").asString());
        Map<String, String> form = new HashMap<>();
        for (String field : java.util.List.of("name", "shortName", "qualificationBasis", "address", "phone",
                "reconsiderationBody", "court")) {
            form.put(field, before.get(field).asString());
        }
        form.put("creditCode", "123");
        form.put("version", before.get("version").asString());
        HttpResponse<String> refused = session.post("/agencies/" + mianchi + "/edit", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains("统一社会信用代码");
        assertThat(api.get("/api/agencies/" + mianchi, "sysadmin").json().get("version").asInt())
                .isEqualTo(before.get("version").asInt());
    }

    private void assertPage(String user, String path, int status, String text) {
        FormSession session = FormSession.signIn(port, user, Api.DEMO_PASSWORD);
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as(user + " " + path).isEqualTo(status);
        if (text != null) {
            assertThat(page.body()).as(user + " " + path).contains(text);
        }
    }
}
