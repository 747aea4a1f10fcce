package org.mingjing.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session without a browser: form login, cookies, and the CSRF token of the last page. */
public final class FormSession {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    private FormSession(int port) {
        this.port = port;
    }

    /** Signs in through the login form; the session then carries the user's cookie. */
    public static FormSession signIn(int port, String username, String password) {
        FormSession session = new FormSession(port);
        session.get("/login");
        HttpResponse<String> login = session.post("/login", Map.of("username", username, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        remember(response.body());
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        if (csrf != null) {
            body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        remember(response.body());
        return response;
    }

    /** The CSRF token of the last page, as htmx sends it in a header. */
    public String csrfToken() {
        return csrf;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void remember(String html) {
        for (Pattern p : new Pattern[] { HIDDEN_CSRF, META_CSRF }) {
            Matcher m = p.matcher(html);
            if (m.find()) {
                csrf = m.group(1);
                return;
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
