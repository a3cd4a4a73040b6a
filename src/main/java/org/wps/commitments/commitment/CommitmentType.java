package org.wps.commitments.commitment;

/** Kinds of commitment (DOMAIN.md §3.1), each with the short code used in references such as UNMISS-JC-2014. */
public enum CommitmentType {
    JOINT_COMMUNIQUE("JC"),
    JC_ADDENDUM("JCA"),
    FRAMEWORK_OF_COOPERATION("FC"),
    UNILATERAL_COMMUNIQUE("UC"),
    COMMANDER_UNDERTAKING("CU"),
    ORDER_OR_DIRECTIVE("OD"),
    ACTION_PLAN("AP"),
    PEACE_AGREEMENT_PROVISION("PA"),
    LEGISLATIVE_POLICY("LP");

    private final String abbreviation;

    CommitmentType(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
