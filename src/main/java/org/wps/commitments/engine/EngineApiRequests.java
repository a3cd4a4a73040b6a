package org.wps.commitments.engine;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which HTTP requests call the engine's own APIs: Camunda's REST API at {@code /engine-rest} and the webapps' copy
 * of it and plugins at {@code /camunda/api} (Tasklist, Cockpit, Admin). Such a request runs engine commands with the
 * caller's own variables, ids and flags, where our own API and pages pass only what our code chose. Spring's request
 * context filter holds every request of the servlet container (Jersey's servlets included) on its thread; the job
 * executor's threads and start-up have none.
 */
final class EngineApiRequests {

    static final List<String> PATHS = List.of("/engine-rest/", "/camunda/api/");

    private EngineApiRequests() {}

    /** The request on this thread, if there is one. */
    public static Optional<HttpServletRequest> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        return Optional.empty();
    }

    /** True while this thread serves a call of the engine's REST API or of the webapps' API. */
    public static boolean inProgress() {
        return current().map(EngineApiRequests::isEngineApi).orElse(false);
    }

    static boolean isEngineApi(HttpServletRequest request) {
        // the container's decoded and normalised path, as it chose the servlet (not the raw request URI)
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return PATHS.stream().anyMatch(path::startsWith);
    }
}
