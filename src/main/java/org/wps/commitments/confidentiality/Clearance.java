package org.wps.commitments.confidentiality;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;

/**
 * Who may see what of a mission's items, by their sensitivity (docs/security.md, "Confidentiality"):
 *
 * <ul>
 *   <li>{@link Sensitivity#PUBLIC} and {@link Sensitivity#CONFIDENTIAL}: everyone who works the mission, that is its
 *       advisers, senior advisers and leadership, the OSRSG-SVC desk and managers (a confidential item differs in
 *       what leaves the tracker: its mails carry no content);
 *   <li>{@link Sensitivity#STRICTLY_CONFIDENTIAL}: only the mission's senior advisers and leadership, the OSRSG-SVC
 *       desk and administrators. The mission's advisers and managers see that such an item exists (counts, a row
 *       without party, title, reference or links), never its content; its advisers' tasks go to senior advisers.
 * </ul>
 *
 * Nobody sees anything of a mission she is not a member of.
 */
public final class Clearance {

    /** The roles cleared for strictly confidential work of their missions. */
    static final Set<String> STRICT_ROLES =
            Set.of(Roles.SENIOR_ADVISERS, Roles.MISSION_LEADERSHIP, Roles.OSRSG_SVC, Roles.ADMINS);

    private Clearance() {}

    /** Whether {@code actor} may see the content of an item of {@code missionCode} with this sensitivity. */
    public static boolean maySee(Actor actor, String missionCode, Sensitivity sensitivity) {
        if (missionCode == null || !actor.missionCodes().contains(missionCode.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return sensitivity != Sensitivity.STRICTLY_CONFIDENTIAL || isClearedForStrict(actor);
    }

    /** The missions whose strictly confidential items {@code actor} may see: all hers, or none. */
    public static Set<String> strictMissions(Actor actor) {
        return isClearedForStrict(actor) ? actor.missionCodes() : Set.of();
    }

    /** Whether the members of Camunda group {@code groupId} are cleared for strictly confidential work. */
    public static boolean isClearedForStrict(String groupId) {
        return STRICT_ROLES.contains(groupId);
    }

    /**
     * The group that is told about a strictly confidential item instead of {@code groupId}: the group itself when it
     * is cleared, the senior advisers instead of the advisers (as {@code StrictTaskPlugin} routes the advisers' tasks),
     * none for any other group (managers, designers).
     */
    public static Optional<String> strictStandIn(String groupId) {
        if (isClearedForStrict(groupId)) {
            return Optional.of(groupId);
        }
        return Roles.ADVISERS.equals(groupId) ? Optional.of(Roles.SENIOR_ADVISERS) : Optional.empty();
    }

    /** Whether a role of {@code actor} may see strictly confidential work (of her own missions). */
    public static boolean isClearedForStrict(Actor actor) {
        return actor.groupIds().stream().anyMatch(STRICT_ROLES::contains);
    }
}
