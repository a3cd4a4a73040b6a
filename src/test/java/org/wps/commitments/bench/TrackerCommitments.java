package org.wps.commitments.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.wps.commitments.commitment.CommitmentLifecycle;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.commitment.Sensitivity;
import org.wps.commitments.identity.Roles;

/** Opens the tracker's commitments for {@link LifecycleRunner}: as UNMISS's adviser, through the application. */
final class TrackerCommitments {

    private TrackerCommitments() {}

    /** Opens commitment {@code n} titled {@code title} and {@code n}, target signing in two months; gives its reference. */
    static IntFunction<String> opener(
            CommitmentLifecycle lifecycle, ProcessEngine engine, String title, LocalDate today) {
        return n -> {
            engine.getIdentityService()
                    .setAuthentication(
                            LifecycleScript.ADVISER, List.of(Roles.ADVISERS), List.of(LifecycleScript.TENANT));
            try {
                return lifecycle
                        .open(new NewCommitment(
                                "UNMISS",
                                "GOV-SSD",
                                CommitmentType.JOINT_COMMUNIQUE,
                                title + " " + n,
                                today.plusMonths(2),
                                Sensitivity.CONFIDENTIAL,
                                null))
                        .getReference();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        };
    }
}
