package org.wps.commitments.commitment;

/** The choices people make on the lifecycle's tasks; gateways route on their names. */
public final class Decisions {

    /** Senior adviser's review of a draft. */
    public enum ReviewDecision {
        APPROVE,
        REQUEST_CHANGES,
        ABANDON
    }

    /** OSRSG-SVC desk's clearance of a text. */
    public enum ClearanceDecision {
        CLEAR,
        REVISE,
        DECLINE
    }

    /** Senior adviser's decision on an engagement with no news for too long. */
    public enum StalledEngagementDecision {
        KEEP_ENGAGING,
        ABANDON
    }

    /** Senior adviser's decision on a signature long past its target date. */
    public enum OverdueSignatureDecision {
        KEEP_FOLLOWING_UP,
        ABANDON
    }

    /** What happened at the signing. */
    public enum SigningOutcome {
        SIGNED,
        REFUSED
    }

    /** Recorded when a senior adviser gives guidance on a missing plan. */
    public static final String GUIDANCE_GIVEN = "GUIDANCE_GIVEN";

    private Decisions() {}
}
