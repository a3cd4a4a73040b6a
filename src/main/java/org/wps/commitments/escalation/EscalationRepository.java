package org.wps.commitments.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

    List<Escalation> findByProcessInstanceIdAndClosedAtIsNull(String processInstanceId);

    List<Escalation> findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType itemType, Long itemId);

    List<Escalation> findByCommitmentIdOrderByOpenedAtAscIdAsc(Long commitmentId);
}
