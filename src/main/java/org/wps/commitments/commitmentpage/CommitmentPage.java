package org.wps.commitments.commitmentpage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the commitment page shows, read in one transaction and handed to the template as plain values
 * (the page renders them escaped and holds no entity).
 */
record CommitmentPage(
        Header header,
        List<Plan> plans,
        List<EscalationRow> escalations,
        List<Review> reviews,
        List<Concern> concerns,
        Position position,
        List<TimelineEntry> timeline) {

    public record Header(
            String reference,
            String title,
            String type,
            String partyCode,
            String partyName,
            String missionCode,
            String missionName,
            String stage,
            boolean closed,
            Instant stageDueDate,
            Instant suspendedAt,
            String suspensionReason,
            String sensitivity,
            LocalDate targetSigningDate,
            LocalDate signedOn,
            String signingPlace,
            String documentReference,
            String supersededBy,
            Instant closedAt,
            String closingNote,
            String openedBy,
            Instant openedAt) {}

    public record Plan(
            String title,
            String status,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            LocalDate validatedOn,
            String validatingBody,
            List<Activity> activities) {}

    public record Activity(
            String code,
            String title,
            String pillar,
            String commitmentElement,
            String responsibleEntity,
            LocalDate originalDeadline,
            LocalDate deadline,
            List<Revision> revisions,
            String status,
            int progressPct,
            String fundingStatus,
            LocalDate overdueSince,
            int escalationLevel) {

        public boolean revised() {
            return !deadline.equals(originalDeadline);
        }
    }

    public record Revision(
            LocalDate previousDeadline,
            LocalDate newDeadline,
            String reason,
            String source,
            String changedBy,
            Instant changedAt) {}

    public record EscalationRow(
            String item,
            int level,
            String candidateGroup,
            String reason,
            Instant openedAt,
            Instant dueAt,
            Instant closedAt,
            String decision,
            LocalDate newDeadline,
            String decidedBy) {}

    public record Review(
            String period,
            LocalDate dueDate,
            String status,
            String overallCompliance,
            List<String> ratings,
            String followUp,
            boolean flaggedForAnnualReport,
            String preparedBy,
            String endorsedBy) {}

    public record Concern(
            String kind,
            String reference,
            String sensitivity,
            String status,
            Instant reportedAt,
            String referral,
            String action,
            Instant decidedAt) {}

    /**
     * Where the commitment stands in its processes: the lifecycle's process instance (for Cockpit), the open
     * activities of every running instance, and the open tasks (for Tasklist).
     */
    public record Position(
            String lifecycleInstanceId,
            boolean lifecycleRunning,
            List<OpenActivity> openActivities,
            List<OpenTask> openTasks) {}

    public record OpenActivity(String process, String activity, String processInstanceId) {}

    public record OpenTask(String id, String name, Instant created, Instant due, String assignee) {}
}
