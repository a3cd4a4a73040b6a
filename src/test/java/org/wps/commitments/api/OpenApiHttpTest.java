package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Http;

/** The OpenAPI description at {@code /api/openapi} covers every endpoint of our API, and only signed-in users read it. */
@TrackerTest
class OpenApiHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesEveryApiEndpoint() {
        Http http = new Http(port);
        assertThat(http.get("/api/openapi", null).status()).isEqualTo(401);
        var response = http.get("/api/openapi", "manager");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var paths = response.json().path("paths");

        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") && !pattern.startsWith("/api/openapi")) {
                    info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        });
        assertThat(endpoints).as("our API's endpoints").isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String endpoint : endpoints) {
            String[] methodAndPath = endpoint.split(" ", 2);
            var operation = paths.path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            if (operation.isMissingNode()) {
                missing.add(endpoint);
            }
        }
        assertThat(missing).as("endpoints missing from the OpenAPI description").isEmpty();
        assertThat(response.json()
                        .path("components")
                        .path("securitySchemes")
                        .path("basic")
                        .path("scheme")
                        .asText())
                .isEqualTo("basic");
    }
}
