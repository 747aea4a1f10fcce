package org.mingjing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** LAW.md §10 and the API conventions: sign-in, lockout, initial passwords, CSRF, duties, audit, headers. */
@IntegrationTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anApiCallWithoutCredentialsIsA401ProblemInChinese() {
        Api.Response response = api.get("/api/me", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).isEqualTo("请先登录后再访问。");
        assertThat(api.get("/api/me", "hubin.officer1", "wrong").status()).isEqualTo(401);
        Api.Response write = api.post("/api/officers", null, "{}");
        assertThat(write.status()).as("a write without any credentials asks for them, not for a CSRF token")
                .isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneAndTheAuditorSeesIt() {
        String username = openAccount("lock.me." + System.nanoTime() % 100000);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/me", username, "Wrong#Pass" + i).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", username, "Initial#2026").status()).isEqualTo(401);
        JsonNode locked = api.get("/api/security-events?type=ACCOUNT_LOCKED&username=" + username, "auditor").json();
        assertThat(locked.get("total").asLong()).isEqualTo(1);
        JsonNode failures = api.get("/api/security-events?type=LOGIN_FAILED&username=" + username, "auditor").json();
        assertThat(failures.get("total").asLong()).isEqualTo(5);

        assertThat(api.post("/api/accounts/" + username + "/unlock", "secadmin", "").status()).isEqualTo(204);
        assertThat(api.get("/api/me", username, "Initial#2026").status()).isEqualTo(200);
    }

    @Test
    void fourWrongPasswordsThenTheRightOneStartTheCountAgain() {
        String username = openAccount("count.me." + System.nanoTime() % 100000);
        for (int i = 0; i < 4; i++) {
            api.get("/api/me", username, "Wrong#Pass" + i);
        }
        assertThat(api.get("/api/me", username, "Initial#2026").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            api.get("/api/me", username, "Wrong#Pass" + i);
        }
        assertThat(api.get("/api/me", username, "Initial#2026").status()).isEqualTo(200);
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() {
        String username = openAccount("new.officer." + System.nanoTime() % 100000);
        Api.Response blocked = api.get("/api/officers", username, "Initial#2026");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.text("type")).endsWith("/password-change-required");
        Api.Response weak = send("POST", "/api/me/password", username, "Initial#2026",
                Api.json(Map.of("currentPassword", "Initial#2026", "newPassword", "short")));
        assertThat(weak.status()).isEqualTo(400);
        Api.Response changed = send("POST", "/api/me/password", username, "Initial#2026",
                Api.json(Map.of("currentPassword", "Initial#2026", "newPassword", "Changed#2026x")));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/officers", username, "Changed#2026x").status()).isEqualTo(200);
    }

    @Test
    void administratorDutiesAreSeparated() {
        assertThat(api.get("/api/security-events", "secadmin").status()).isEqualTo(403);
        assertThat(api.get("/api/security-events", "sysadmin").status()).isEqualTo(403);
        assertThat(api.get("/api/accounts", "auditor").status()).isEqualTo(403);
        assertThat(api.get("/api/accounts", "sysadmin").status()).isEqualTo(403);
        Api.Response combined = api.post("/api/accounts", "secadmin", Api.json(Map.of("username", "both.admins",
                "displayName", "某某", "agencyId", api.agencyId("三门峡市民政局"), "roles", List.of("SYSADMIN", "AUDITOR"),
                "initialPassword", "Initial#2026")));
        assertThat(combined.status()).isEqualTo(400);
        assertThat(combined.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
    }

    @Test
    void aDeniedAttemptIsAudited() throws Exception {
        api.get("/api/accounts", "hubin.officer2");
        long total = 0;
        for (int i = 0; i < 50 && total == 0; i++) {
            total = api.get("/api/security-events?type=ACCESS_DENIED&username=hubin.officer2", "auditor").json()
                    .get("total").asLong();
            Thread.sleep(50);
        }
        assertThat(total).isPositive();
    }

    @Test
    void theAuditLogCannotBeAlteredEvenByTheDatabaseUser(
            @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        api.get("/api/me", "nobody-at-all", "whatever");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM security_event"))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.update("UPDATE security_event SET username = 'x'")).hasMessageContaining("append-only");
    }

    @Test
    void aBrowserSessionNeedsTheCsrfTokenButBasicAuthDoesNot() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = csrf(loginPage);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=sysadmin&password=Demo%402026&_csrf=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/home");

        String home = browser.send(HttpRequest.newBuilder(uri("/home")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri("/api/officers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("CSRF");
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(uri("/api/officers"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", metaCsrf(home))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(400);
        assertThat(api.post("/api/officers", "sysadmin", "{}").status()).isEqualTo(400);
    }

    @Test
    void pagesCarrySecurityHeadersAndProtectedPagesAskForLogin() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> portal = client.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(portal.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(portal.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        HttpResponse<String> officers = client.send(HttpRequest.newBuilder(uri("/officers")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(officers.statusCode()).isEqualTo(302);
        assertThat(officers.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void unknownApiPathsAndMethodsAreProblemsToo() {
        Api.Response missing = api.get("/api/no-such-thing", "hubin.officer1");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text("title")).isEqualTo("未找到");
        Api.Response method = api.put("/api/me", "hubin.officer1", "{}");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
    }

    private String openAccount(String username) {
        Api.Response opened = api.post("/api/accounts", "secadmin", Api.json(Map.of("username", username,
                "displayName", "测试人员", "agencyId", api.agencyId("湖滨区民政局"), "roles", List.of("OFFICER"),
                "initialPassword", "Initial#2026")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return username;
    }

    private Api.Response send(String method, String path, String user, String password, String body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        Matcher m2 = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(html);
        assertThat(m2.find()).as("csrf token in page").isTrue();
        return m2.group(1);
    }

    private static String metaCsrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("csrf meta in page").isTrue();
        return m.group(1);
    }
}
