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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mingjing.testsupport.Api;

/**
 * A browser without JavaScript for page tests: it keeps the session cookie, signs in through the login form and
 * sends the page's CSRF token with its forms. (API tests use {@link Api}.)
 */
final class CalendarHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A page as the server sent it. */
    record Response(int status, String body, String location) {
    }

    private final int port;
    private final HttpClient client;

    CalendarHttp(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    /** Signs in through the login form, so that later requests carry the session. */
    void signIn(String username) {
        Response login = get("/login");
        Response result = postForm("/login", Map.of("username", username, "password", Api.DEMO_PASSWORD,
                "_csrf", csrfToken(login.body())));
        if (result.status() != 302 || result.location() == null || result.location().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + result.status() + " " + result.location());
        }
    }

    /** Posts a form in the session; the fields must include the page's CSRF token. */
    Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
