package org.wps.commitments.commitment;

/** The choices people make on the lifecycle's tasks; gateways route on their names. */
final class Decisions {

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

    /** What happened at the signing. */
    public enum SigningOutcome {
        SIGNED,
        REFUSED
    }

    private Decisions() {}
}
