package org.mingjing.calendar.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP requests to the running application: HTTP Basic for the API, a signed-in browser session for pages. */
final class CalendarHttp {

    static final String DEMO_PASSWORD = "Demo@2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A response, its body parsed as JSON where it is JSON. */
    record Response(int status, String contentType, String body, JsonNode json, String location) {

        String text(String field) {
            JsonNode node = json.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    private final int port;
    private final HttpClient client;

    CalendarHttp(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    }

    Response get(String path) {
        return send(request(path, null).GET());
    }

    Response get(String path, String username) {
        return send(request(path, username).GET());
    }

    Response put(String path, String username, String json) {
        return send(request(path, username).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Signs in through the login form, so that later page requests carry the session. */
    void signIn(String username) {
        Response login = get("/login");
        Response result = postForm("/login", Map.of("username", username, "password", DEMO_PASSWORD,
                "_csrf", csrfToken(login.body())));
        if (result.status() != 302 || result.location() == null || result.location().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + result.status() + " " + result.location());
        }
    }

    /** Posts a form of the signed-in session, with the page's CSRF token. */
    Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> q(e.getKey()) + "=" + q(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", path.startsWith("/api/") ? "application/json"
                        : "text/html");
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body())
                    : null;
            return new Response(response.statusCode(), type, response.body(), json,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
