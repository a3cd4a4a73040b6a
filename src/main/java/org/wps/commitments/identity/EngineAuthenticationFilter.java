package org.wps.commitments.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated API caller to the engine for the duration of the request, so that the engine's
 * authorizations and tenant checks apply to everything our API does on the caller's behalf.
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public EngineAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Actor user)) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user.userId(), List.copyOf(user.groupIds()), List.copyOf(user.tenantIds()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
