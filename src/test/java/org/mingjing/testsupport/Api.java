package org.mingjing.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for integration tests: real requests to the running application, HTTP Basic auth. */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo@2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Api(int port) {
        this.port = port;
    }

    /** A response with its body parsed as JSON where it is JSON. */
    public record Response(int status, String contentType, String body, JsonNode json) {

        public String text(String field) {
            JsonNode node = json.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    public Response get(String path, String username) {
        return send(request(path, username, DEMO_PASSWORD).GET());
    }

    public Response get(String path, String username, String password) {
        return send(request(path, username, password).GET());
    }

    public Response post(String path, String username, String json) {
        return send(request(path, username, DEMO_PASSWORD).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String username, String json) {
        return send(request(path, username, DEMO_PASSWORD).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String username) {
        return send(request(path, username, DEMO_PASSWORD).DELETE());
    }

    /** Sends raw bytes with the given method and extra headers (e.g. a chunk of a resumable upload). */
    public Response send(String method, String path, String username, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(path, username, DEMO_PASSWORD)
                .header("Content-Type", "application/octet-stream")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** A response whose body is binary (a PDF, a spreadsheet). */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    public Download download(String path, String username) {
        HttpRequest.Builder builder = request(path, username, DEMO_PASSWORD).header("Accept", "*/*").GET();
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Downloads with extra request headers (e.g. Range). */
    public Download download(String path, String username, String... headers) {
        HttpRequest.Builder builder = request(path, username, DEMO_PASSWORD).header("Accept", "*/*").GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Range").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts one file as the multipart field {@code file} with further text fields, as curl -F would. */
    public Response upload(String path, String username, String filename, byte[] content, String... fields) {
        String boundary = "mingjing" + System.nanoTime();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        byte[] head = (text + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, username, DEMO_PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts one file as the multipart field {@code file}, as a browser form or curl -F would. */
    public Response upload(String path, String username, String filename, byte[] content) {
        String boundary = "mingjing" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, username, DEMO_PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The id of the demo agency with the given name, as the API lists it. */
    public String agencyId(String name) {
        for (JsonNode agency : get("/api/agencies", "sysadmin").json()) {
            if (agency.get("name").asString().equals(name)) {
                return agency.get("id").asString();
            }
        }
        throw new IllegalArgumentException("no agency " + name);
    }

    private HttpRequest.Builder request(String path, String username, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
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
            return new Response(response.statusCode(), type, response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
