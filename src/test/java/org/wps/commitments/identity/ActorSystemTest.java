package org.wps.commitments.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** An unauthenticated call never runs as SYSTEM: only background threads and marked tracker work do. */
class ActorSystemTest {

    private final IdentityService identityService = mock(IdentityService.class);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void onRequestThread() {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest("POST", "/engine-rest/process-definition")));
    }

    @Test
    void aRequestWithNobodySignedInIsRefusedNotSystem() {
        onRequestThread();
        when(identityService.getCurrentAuthentication()).thenReturn(null);
        assertThatThrownBy(() -> Actor.current(identityService)).isInstanceOf(AuthorizationException.class);
        when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(null, List.of()));
        assertThatThrownBy(() -> Actor.current(identityService)).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void trackerWorkOnARequestThreadRunsAsSystem() {
        onRequestThread();
        when(identityService.getCurrentAuthentication())
                .thenReturn(new Authentication("unmissAdviser", List.of(Roles.ADVISERS)))
                .thenReturn(null);
        Actor inside = TrackerWork.call(identityService, () -> Actor.current(identityService));
        assertThat(inside).isEqualTo(Actor.SYSTEM);
        assertThat(TrackerWork.inProgress()).isFalse();
    }

    @Test
    void backgroundThreadsWithoutRequestRunAsSystem() {
        when(identityService.getCurrentAuthentication()).thenReturn(null);
        assertThat(Actor.current(identityService)).isEqualTo(Actor.SYSTEM);
    }

    @Test
    void aSignedInUserIsHerself() {
        onRequestThread();
        when(identityService.getCurrentAuthentication())
                .thenReturn(new Authentication("unmissAdviser", List.of(Roles.ADVISERS), List.of("unmiss")));
        Actor actor = Actor.current(identityService);
        assertThat(actor.userId()).isEqualTo("unmissAdviser");
        assertThat(actor.mayWorkFor("minusma")).isFalse();
    }
}
