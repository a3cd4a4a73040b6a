package org.wps.commitments.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.wps.commitments.process.EngineQueries;

/**
 * Checks HTTP Basic credentials of {@code /api} callers against Camunda's identity service, so that the API,
 * the engine REST API and the webapps share one user base (and Camunda's login throttling and password policy).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        Actor user = load(userId);
        var authorities = user.groupIds().stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private Actor load(String userId) {
        Set<String> groups = EngineQueries.all(
                        identityService.createGroupQuery().groupMember(userId))
                .stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        List<Tenant> tenants = EngineQueries.all(
                groups.contains(Roles.ADMINS)
                        ? identityService.createTenantQuery()
                        : identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true));
        return new Actor(
                userId,
                new HashSet<>(groups),
                tenants.stream().map(Tenant::getId).collect(Collectors.toSet()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
