package org.wps.commitments.confidentiality;

import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The items of one feature that carry a sensitivity label of their own (a commitment, a concern, a review, an
 * annual report input). Each such feature declares one as a bean; {@link ConfidentialItems} asks them all, so that
 * the engine's guards know what a process works on without knowing the features.
 */
public interface LabelledItems {

    /**
     * The label of this feature's item that the process scope works on: the commitment of the business key, or
     * the item whose id the scope carries. Null when the scope works on none of this feature's items.
     */
    Sensitivity labelOf(VariableScope scope, String businessKey);

    /** The process instances, running or ended, that work on this feature's strictly confidential items. */
    Set<String> strictProcessInstances(Set<String> missionCodes, HistoryService history);
}
