package org.wps.commitments.confidentiality;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The sensitivity of the item a delegate works on, for what leaves the tracker (e-mails): the commitment of the
 * process (its business key), made more restrictive by the concern, review or annual report input of the scope.
 */
@Component
public class ItemSensitivity {

    private final ConfidentialItems items;

    ItemSensitivity(ConfidentialItems items) {
        this.items = items;
    }

    /** The sensitivity of what {@code execution} works on; PUBLIC only when nothing it works on is labelled. */
    public Sensitivity of(DelegateExecution execution) {
        return items.of(execution, execution.getProcessBusinessKey());
    }
}
