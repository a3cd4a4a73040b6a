package org.wps.commitments.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF defence for the APIs that authenticate with HTTP Basic ({@code /engine-rest}, {@code /api}): a browser sends
 * cached Basic credentials with any page's request, so a state-changing request (POST, PUT, PATCH, DELETE) that a
 * browser marks as coming from another site or origin is refused with 403:
 * <ul>
 *   <li>{@code Sec-Fetch-Site} other than {@code same-origin} or {@code none} (cross-site, same-site);</li>
 *   <li>an {@code Origin} whose host and port differ from the request's own {@code Host} (or {@code Origin: null},
 *       sent by sandboxed frames and some redirects).</li>
 * </ul>
 * Scripts, curl and Camunda Modeler send neither header and go through. The host is compared, not the scheme, so
 * that a TLS-terminating proxy that keeps the Host header needs no forwarded headers.
 */
class CrossOriginWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"A request "
                        + "that changes data must come from this application's own pages or from a client that is "
                        + "not a browser page of another site.\"}");
    }

    /** True unless the browser says the request comes from another site or origin. */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site.trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && authority(origin) != null && authority(origin).equals(normalHost(host, origin));
    }

    /** {@code host:port} of an origin, with the scheme's default port written out; null if not an origin. */
    private static String authority(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The Host header as {@code host:port}; a Host without port takes the default port of the origin's scheme. */
    private static String normalHost(String host, String origin) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            return h;
        }
        String scheme = origin.trim().toLowerCase(Locale.ROOT).startsWith("https:") ? "https" : "http";
        return h + ":" + defaultPort(scheme);
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
