package org.wps.commitments.commitment;

import java.time.LocalDate;
import java.time.ZoneId;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.input.Input;

/**
 * What opening a commitment takes, from the Tasklist start form or {@code POST /api/commitments}.
 *
 * @param reference an existing reference to keep (demo data, imports); null to generate one
 */
public record NewCommitment(
        String missionCode,
        String partyCode,
        CommitmentType type,
        String title,
        LocalDate targetSigningDate,
        Sensitivity sensitivity,
        String reference) {

    public static final int TITLE_MAX = 300;

    /** Reads and checks the shape of every field; business rules are checked by {@link CommitmentService}. */
    public static NewCommitment read(Input input, ZoneId zone) {
        String mission = input.requiredCode(Fields.MISSION, "Mission", 20);
        String party = input.requiredCode(Fields.PARTY, "Party", 40);
        CommitmentType type = input.requiredChoice(Fields.TYPE, "Commitment type", CommitmentType.class);
        String title = input.requiredText(Fields.TITLE, "Title", TITLE_MAX);
        LocalDate target = input.requiredDate(Fields.TARGET_SIGNING_DATE, "Target signing date", zone);
        Sensitivity sensitivity = input.requiredChoice(Fields.SENSITIVITY, "Sensitivity", Sensitivity.class);
        String reference = input.optionalCode(Fields.REFERENCE, "Reference", 60);
        input.throwIfInvalid();
        return new NewCommitment(mission, party, type, title, target, sensitivity, reference);
    }

    /** Field names, shared by the start form (variables) and the API (JSON properties are mapped onto them). */
    public static final class Fields {
        public static final String MISSION = CommitmentLifecycleProcess.Variables.MISSION_CODE.name();
        public static final String PARTY = CommitmentLifecycleProcess.Variables.PARTY_CODE.name();
        public static final String TYPE = CommitmentLifecycleProcess.Variables.COMMITMENT_TYPE.name();
        public static final String TITLE = CommitmentLifecycleProcess.Variables.TITLE.name();
        public static final String TARGET_SIGNING_DATE =
                CommitmentLifecycleProcess.Variables.TARGET_SIGNING_DATE.name();
        public static final String SENSITIVITY = CommitmentLifecycleProcess.Variables.SENSITIVITY.name();
        public static final String REFERENCE = CommitmentLifecycleProcess.Variables.REFERENCE.name();

        private Fields() {}
    }
}
