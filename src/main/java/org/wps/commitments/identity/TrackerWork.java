package org.wps.commitments.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine work that the tracker does on its own account after it has checked the caller's right itself (her
 * mission, her role): moving timers or suspending instances, which advisers may not do directly through the
 * engine REST API. The caller's engine authentication is set aside for the work and restored afterwards.
 */
public final class TrackerWork {

    private TrackerWork() {}

    public static void run(IdentityService identityService, Runnable work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            work.run();
        } finally {
            identityService.setAuthentication(caller);
        }
    }
}
