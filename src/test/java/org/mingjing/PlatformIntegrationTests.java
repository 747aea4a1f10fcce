package org.mingjing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The "Running" section of the contract: health, and the OpenAPI description of what the app serves. */
@IntegrationTest
class PlatformIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void healthIsExactlyUpWithoutLogin() {
        Api.Response health = new Api(port).get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theOpenApiDescriptionListsTheContractsPaths() {
        Api.Response docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Mingjing API");
        assertThat(docs.json().get("components").get("securitySchemes").has("basic")).isTrue();
        List<String> paths = new ArrayList<>();
        docs.json().get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/me", "/api/agencies", "/api/agencies/{id}/review-staffing", "/api/officers",
                "/api/public/officers", "/api/public/officers/verify", "/api/public/calendar/days/{date}",
                "/api/public/calendar/deadline", "/api/public/calendar/rules", "/api/calendar/years/{year}");
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutes(
            @org.springframework.beans.factory.annotation.Autowired org.springframework.core.env.Environment env) {
        assertThat(env.getProperty("server.servlet.session.timeout", java.time.Duration.class))
                .isEqualTo(java.time.Duration.ofMinutes(30));
    }
}
