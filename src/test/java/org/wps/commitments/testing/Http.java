package org.wps.commitments.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running server, signing in as demo users with HTTP Basic. */
public final class Http {

    public static final String PASSWORD = "Protect-2016";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** A GET asking for {@code accept} (e.g. {@code text/csv}) instead of JSON. */
    public Response get(String path, String user, String accept) {
        return send(request(path, user).setHeader("Accept", accept).GET());
    }

    public Response postJson(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    public Response patchJson(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with an optional body of any content type, for requests a well-behaved client would not send. */
    public Response send(String method, String path, String user, String contentType, String body) {
        var builder = request(path, user);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A Camunda Modeler-style multipart deployment of one file. */
    public Response deploy(String user, String fileName, String content) {
        return deploy(user, java.util.Map.of(fileName, content));
    }

    /** A Camunda Modeler-style multi-file deployment: file name to content, e.g. a process and its forms. */
    public Response deploy(String user, java.util.Map<String, String> files) {
        String boundary = "----tracker" + System.nanoTime();
        StringBuilder body = new StringBuilder()
                .append(part(boundary, "deployment-name", null, "test deployment"))
                .append(part(boundary, "deployment-source", null, "Camunda Modeler"));
        files.forEach((fileName, content) -> body.append(part(boundary, fileName, fileName, content)));
        body.append("--").append(boundary).append("--\r\n");
        return send(request("/engine-rest/deployment/create", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String part(String boundary, String name, String fileName, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n" + value + "\r\n";
    }

    private HttpRequest.Builder request(String path, String user) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            builder.header("Authorization", basic(user));
        }
        return builder;
    }

    /**
     * The HTTP Basic {@code Authorization} value for a demo user (password {@value #PASSWORD}) or for
     * {@code "user:password"}, for tests that build their own requests.
     */
    public static String basic(String user) {
        String credentials = user.contains(":") ? user : user + ":" + PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
