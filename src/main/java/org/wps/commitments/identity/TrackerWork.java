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

    /** How deeply this thread is inside {@link #call}; only then may a request thread act as {@link Actor#SYSTEM}. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private TrackerWork() {}

    /** True while this thread does work the tracker marked as its own. */
    public static boolean inProgress() {
        return DEPTH.get()[0] > 0;
    }

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
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
            identityService.setAuthentication(caller);
        }
    }
}
