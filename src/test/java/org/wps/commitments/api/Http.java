package org.wps.commitments.api;

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
final class Http {

    static final String PASSWORD = "Protect-2016";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    Response get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** A GET asking for {@code accept} (e.g. {@code text/csv}) instead of JSON. */
    Response get(String path, String user, String accept) {
        return send(request(path, user).setHeader("Accept", accept).GET());
    }

    Response postJson(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    Response patchJson(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A Camunda Modeler-style multipart deployment of one file. */
    Response deploy(String user, String fileName, String content) {
        String boundary = "----tracker" + System.nanoTime();
        String body = part(boundary, "deployment-name", null, "test deployment")
                + part(boundary, "deployment-source", null, "Camunda Modeler")
                + part(boundary, "data", fileName, content) + "--" + boundary + "--\r\n";
        return send(request("/engine-rest/deployment/create", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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
            String credentials = user.contains(":") ? user : user + ":" + PASSWORD;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
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

    record Response(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
