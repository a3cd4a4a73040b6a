package org.wps.commitments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code GET /api/overdue} on the running server as a demo user (HTTP Basic), one client kept open. */
final class OverdueHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    OverdueHttp(int port, String user) {
        this.base = "http://localhost:" + port + "/api/overdue";
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((user + ":Protect-2016").getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON body of the first page for the query string (e.g. {@code ?party=X}, or empty); fails unless 200. */
    String firstPage(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + query))
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET /api/overdue" + query + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
