package org.wps.commitments.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.wps.commitments.testing.Http;

/**
 * A small JSON client for tests against an {@link AppNode}, signing in with HTTP Basic. A user is either a demo
 * user (password {@value #DEMO_PASSWORD}) or {@code "user:password"}. A request that gets no answer (the node is
 * down, or was killed while answering) throws {@link UncheckedIOException}.
 */
public final class NodeHttp {

    public static final String DEMO_PASSWORD = "Protect-2016";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    public NodeHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public NodeHttp(AppNode node) {
        this(node.baseUrl());
    }

    public Response get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Response postJson(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postJson(String path, String user, JsonNode json) {
        return postJson(path, user, json.toString());
    }

    /** A JSON object to fill and send with {@link #postJson(String, String, JsonNode)}. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private HttpRequest.Builder request(String path, String user) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            builder.header("Authorization", Http.basic(user.contains(":") ? user : user + ":" + DEMO_PASSWORD));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status and body, with the body read as JSON on demand. */
    public record Response(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
