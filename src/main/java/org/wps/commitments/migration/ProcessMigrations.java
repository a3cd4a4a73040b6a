package org.wps.commitments.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.identity.TrackerWork;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.web.ForbiddenException;
import org.wps.commitments.web.NotFoundException;

/**
 * Moves running instances of one of our processes from one deployed version to another with the engine's
 * migration API: equal activity ids are mapped ({@code mapEqualActivities}), and timers and message
 * subscriptions are re-created from the target version ({@code updateEventTriggers}), so a timer whose date comes
 * from a variable keeps its due date. Only designers and administrators migrate; a migration is a model-wide
 * operation, so they select instances of every mission. The engine work runs as {@link TrackerWork} once that
 * right is checked, because designers hold no engine rights on process instances.
 */
@Service
class ProcessMigrations {

    /** Who may migrate running instances. */
    static final Set<String> MIGRATORS = Set.of(Roles.DESIGNERS, Roles.ADMINS);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    ProcessMigrations(
            RepositoryService repositoryService, RuntimeService runtimeService, IdentityService identityService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /**
     * Checks (dry run) or performs the migration. A dry run changes nothing; a real run that cannot map every
     * selected instance moves none of them and answers a report with {@code valid=false}.
     */
    public MigrationReport migrate(MigrationRequest request, Actor actor) {
        if (actor.groupIds().stream().noneMatch(MIGRATORS::contains)) {
            throw new ForbiddenException("Only process designers and administrators migrate running processes.");
        }
        MigrationReport[] report = new MigrationReport[1];
        TrackerWork.run(identityService, () -> report[0] = migrateAsTracker(request));
        return report[0];
    }

    private MigrationReport migrateAsTracker(MigrationRequest request) {
        String key = request.processKey();
        ProcessDefinition source = version(key, request.fromVersion(), "fromVersion");
        ProcessDefinition target =
                request.toVersion() == null ? latest(key) : version(key, request.toVersion(), "toVersion");
        List<ProcessInstance> instances = selectedInstances(source, request.references());
        if (source.getId().equals(target.getId())) {
            throw new InvalidInputException(
                    "toVersion", "Source and target are both version " + source.getVersion() + " of " + key + ".");
        }
        MigrationPlan plan;
        try {
            plan = runtimeService
                    .createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities()
                    .updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException e) {
            List<Unmappable> problems = e.getValidationReport().getInstructionReports().stream()
                    .map(r -> new Unmappable(
                            null,
                            null,
                            r.getMigrationInstruction().getSourceActivityId(),
                            String.join(" ", r.getFailures())))
                    .toList();
            return MigrationReport.of(request, source, target, List.of(), problems, instances.size(), List.of());
        }
        List<Instruction> instructions = plan.getInstructions().stream()
                .map(i -> new Instruction(i.getSourceActivityId(), i.getTargetActivityId(), i.isUpdateEventTrigger()))
                .toList();
        if (request.isDryRun()) {
            List<Unmappable> unmappable = unmappable(instances, plan, target);
            return MigrationReport.of(request, source, target, instructions, unmappable, instances.size(), List.of());
        }
        if (instances.isEmpty()) {
            return MigrationReport.of(request, source, target, instructions, List.of(), 0, List.of());
        }
        try {
            runtimeService
                    .newMigration(plan)
                    .processInstanceIds(
                            instances.stream().map(ProcessInstance::getId).toList())
                    .execute();
        } catch (MigratingProcessInstanceValidationException e) {
            return MigrationReport.of(
                    request,
                    source,
                    target,
                    instructions,
                    engineFailures(e.getValidationReport(), instances),
                    instances.size(),
                    List.of());
        }
        List<Migrated> migrated = instances.stream()
                .map(pi -> new Migrated(pi.getBusinessKey(), pi.getId()))
                .toList();
        return MigrationReport.of(request, source, target, instructions, List.of(), instances.size(), migrated);
    }

    private ProcessDefinition version(String key, Integer version, String field) {
        if (version == null) {
            throw new InvalidInputException(field, field + " is required: the version number of " + key + ".");
        }
        if (key == null || key.isBlank()) {
            latest(key);
        }
        if (version < 1) {
            throw new InvalidInputException(field, field + " must be a version number from 1 (it is " + version + ").");
        }
        ProcessDefinition definition = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(version)
                .withoutTenantId()
                .singleResult();
        if (definition == null) {
            ProcessDefinition latest = latest(key);
            throw new InvalidInputException(
                    field,
                    "Process " + key + " has no version " + version + " (its versions are 1 to " + latest.getVersion()
                            + ").");
        }
        return definition;
    }

    private ProcessDefinition latest(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("processKey", "processKey is required, e.g. commitment-lifecycle.");
        }
        ProcessDefinition latest = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .withoutTenantId()
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new InvalidInputException("processKey", "No process with key '" + key + "' is deployed.");
        }
        return latest;
    }

    /** The named commitments' instances of {@code source}, or every running instance of it. */
    private List<ProcessInstance> selectedInstances(ProcessDefinition source, List<String> references) {
        if (references == null || references.isEmpty()) {
            return EngineQueries.all(runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionId(source.getId())
                    .orderByProcessInstanceId()
                    .asc());
        }
        List<ProcessInstance> selected = new ArrayList<>();
        for (String reference : new LinkedHashSet<>(references)) {
            String businessKey = reference == null ? "" : reference.strip();
            List<ProcessInstance> running = EngineQueries.all(runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(source.getKey())
                    .processInstanceBusinessKey(businessKey));
            if (running.isEmpty()) {
                throw new NotFoundException("No running " + source.getKey() + " for '" + reference + "'.");
            }
            List<ProcessInstance> onSource = running.stream()
                    .filter(pi -> pi.getProcessDefinitionId().equals(source.getId()))
                    .toList();
            if (onSource.isEmpty()) {
                throw new InvalidInputException(
                        "references",
                        "'" + reference + "' does not run on version " + source.getVersion() + " of " + source.getKey()
                                + ".");
            }
            selected.addAll(onSource);
        }
        return selected;
    }

    /**
     * The activities the selected instances are in (or about to start, for asynchronous steps) for which the
     * plan holds no instruction: the engine would refuse to migrate those instances.
     */
    private List<Unmappable> unmappable(List<ProcessInstance> instances, MigrationPlan plan, ProcessDefinition target) {
        Set<String> mapped = new LinkedHashSet<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            mapped.add(instruction.getSourceActivityId());
        }
        List<Unmappable> result = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            Set<String> active = new LinkedHashSet<>();
            collect(runtimeService.getActivityInstance(instance.getId()), active, true);
            for (String activityId : active) {
                if (!mapped.contains(activityId)) {
                    result.add(new Unmappable(
                            instance.getBusinessKey(),
                            instance.getId(),
                            activityId,
                            "Version " + target.getVersion() + " has no activity with id " + activityId
                                    + ", so no migration instruction maps it."));
                }
            }
        }
        return result;
    }

    private static void collect(ActivityInstance instance, Set<String> activityIds, boolean root) {
        if (!root) {
            activityIds.add(instance.getActivityId());
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            activityIds.add(transition.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, activityIds, false);
        }
    }

    private static List<Unmappable> engineFailures(
            MigratingProcessInstanceValidationReport report, List<ProcessInstance> instances) {
        Map<String, String> references = new LinkedHashMap<>();
        instances.forEach(pi -> references.put(pi.getId(), pi.getBusinessKey()));
        String id = report.getProcessInstanceId();
        String reference = references.get(id);
        List<Unmappable> result = new ArrayList<>();
        report.getActivityInstanceReports()
                .forEach(r -> result.add(
                        new Unmappable(reference, id, r.getSourceScopeId(), String.join(" ", r.getFailures()))));
        report.getTransitionInstanceReports()
                .forEach(r -> result.add(
                        new Unmappable(reference, id, r.getSourceScopeId(), String.join(" ", r.getFailures()))));
        if (result.isEmpty()) {
            result.add(new Unmappable(reference, id, null, String.join(" ", report.getFailures())));
        }
        return result;
    }

    /** What to migrate; {@code toVersion} defaults to the latest, {@code references} to every running instance. */
    public record MigrationRequest(
            String processKey, Integer fromVersion, Integer toVersion, List<String> references, Boolean dryRun) {

        boolean isDryRun() {
            return Boolean.TRUE.equals(dryRun);
        }
    }

    /** One instruction of the plan: an activity of the source version and its counterpart in the target. */
    public record Instruction(String sourceActivityId, String targetActivityId, boolean updateEventTrigger) {}

    /** An activity that cannot be mapped, with the instance it blocks (none for a fault of the plan itself). */
    public record Unmappable(String reference, String processInstanceId, String activityId, String reason) {}

    /** An instance moved to the target version. */
    public record Migrated(String reference, String processInstanceId) {}

    /**
     * The answer: the plan, what cannot be mapped, how many instances would move (dry run) or were selected,
     * and those migrated (a real run that succeeded).
     */
    public record MigrationReport(
            String processKey,
            int fromVersion,
            int toVersion,
            boolean dryRun,
            boolean valid,
            List<Instruction> instructions,
            List<Unmappable> unmappable,
            int instances,
            List<Migrated> migrated) {

        static MigrationReport of(
                MigrationRequest request,
                ProcessDefinition source,
                ProcessDefinition target,
                List<Instruction> instructions,
                List<Unmappable> unmappable,
                int instances,
                List<Migrated> migrated) {
            return new MigrationReport(
                    source.getKey(),
                    source.getVersion(),
                    target.getVersion(),
                    request.isDryRun(),
                    unmappable.isEmpty(),
                    instructions,
                    unmappable,
                    instances,
                    migrated);
        }
    }
}
