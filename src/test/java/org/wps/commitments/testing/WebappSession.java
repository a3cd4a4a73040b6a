package org.wps.commitments.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One signed-in browser session of Camunda's webapps, as Tasklist, Cockpit and Admin hold it: the session cookie from
 * the webapps' own login and Camunda's CSRF token ({@code XSRF-TOKEN} cookie, {@code X-XSRF-TOKEN} header) on every
 * request that changes something.
 */
public final class WebappSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String base;

    public WebappSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in to {@code app} (tasklist, cockpit, admin) with the demo password. */
    public WebappSession loginAs(String user, String app) {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/"))
                .GET());
        var response = send(request(
                "POST",
                "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded",
                "username=" + user + "&password=" + URLEncoder.encode(Http.PASSWORD, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // the login starts a new session: its first page view brings the session's CSRF token
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/"))
                .GET());
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .GET());
    }

    /** A request with a JSON body (or none when {@code json} is null) and the CSRF token. */
    public HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    /** The same, asking for {@code accept} (e.g. {@code application/hal+json, application/json}). */
    public HttpResponse<String> send(String method, String path, String json, String accept) {
        return send(request(method, path, json == null ? null : "application/json", json)
                .setHeader("Accept", accept));
    }

    private HttpRequest.Builder request(String method, String path, String contentType, String body) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken())
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder;
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
