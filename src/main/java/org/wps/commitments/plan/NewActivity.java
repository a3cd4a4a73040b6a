package org.wps.commitments.plan;

import java.time.LocalDate;
import org.wps.commitments.commitment.CommitmentElement;

/** An activity as an adviser enters it in a plan draft, already checked. */
record NewActivity(
        String title,
        String pillar,
        ActivityClassification classification,
        CommitmentElement commitmentElement,
        String responsibleEntity,
        LocalDate deadline,
        String indicator,
        String baseline,
        String target,
        FundingStatus fundingStatus,
        String meansOfVerification) {}
