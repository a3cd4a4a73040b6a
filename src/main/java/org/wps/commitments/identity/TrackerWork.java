package org.wps.commitments.identity;

import java.util.function.Supplier;
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
        call(identityService, () -> {
            work.run();
            return null;
        });
    }

    /** {@link #run} for work with a result, such as counts the caller's own rights would narrow. */
    public static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }
}
