package org.wps.commitments.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.wps.commitments.process.EngineQueries;

/**
 * Outside the demo and test profiles no user may keep a password that this project publishes (the demo password of
 * the README and the demo profile): the start refuses and names the users, so that an administrator changes their
 * passwords (or removes the demo users) before anyone signs in. Every user is checked, not only the demo users' ids:
 * an administrator created with the demo password is as open.
 */
public final class PublishedPasswordCheck {

    /** Every password this project publishes: README, application-demo.yaml, the tests. */
    public static final Set<String> PUBLISHED = Set.of("Protect-2016");

    private PublishedPasswordCheck() {}

    /** The ids of the users whose password is a published one. */
    public static List<String> usersWithPublishedPassword(IdentityService identityService, Set<String> passwords) {
        List<String> found = new ArrayList<>();
        for (User user : EngineQueries.all(
                identityService.createUserQuery().orderByUserId().asc())) {
            if (passwords.stream().anyMatch(p -> checkQuietly(identityService, user.getId(), p))) {
                found.add(user.getId());
            }
        }
        return found;
    }

    /** Throws when a user keeps a published password. */
    public static void refuse(IdentityService identityService, Set<String> passwords) {
        List<String> users = usersWithPublishedPassword(identityService, passwords);
        if (!users.isEmpty()) {
            throw new IllegalStateException("These users still have a password published with the tracker's demo "
                    + "(README, demo profile): " + String.join(", ", users) + ". Outside the demo profile the tracker "
                    + "refuses to start until their passwords are changed or the users are removed (Camunda Admin "
                    + "in the demo profile on a copy of the database, or the IdentityService).");
        }
    }

    private static boolean checkQuietly(IdentityService identityService, String userId, String password) {
        // checkPassword counts a wrong answer as a failed sign-in attempt (the engine's login delay); the engine's
        // per-user lock is off (LoginThrottle throttles per client address instead), so this locks no one out
        return identityService.checkPassword(userId, password);
    }
}
