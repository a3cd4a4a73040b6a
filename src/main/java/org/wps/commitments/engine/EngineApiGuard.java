package org.wps.commitments.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.HistoricActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricCaseActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricDecisionInstanceStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ReflectionUtils;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.input.FormFields;

/**
 * The boundary of the engine's own APIs ({@code /engine-rest} and the webapps' {@code /camunda/api}): a command that
 * a person's request sends to the engine is checked before it runs, because Camunda's authorizations say whether she
 * may work on a task, not what she may send with it. Administrators pass unchecked; the tracker's own code (our API,
 * delegates, listeners, timers) never meets this check, since it runs outside such requests or inside a command that
 * is already running.
 *
 * <p>What a signed-in user other than an administrator may send:
 *
 * <ul>
 *   <li>reads (queries and look-ups), which the engine checks against her authorizations and missions;
 *   <li>a task's completion or form submission, with the fields of that task's form and nothing else; a process
 *       start (a start form) with the fields of the start form, without a business key, tenant or case;
 *   <li>claiming, assigning, delegating and resolving a task (without variables), its follow-up date, a comment,
 *       removing an attachment, her own profile and password, and a designer's deployment (which the deployment
 *       guardrails check);
 *   <li>nothing else: every other write (variables set one by one, modification, migration, messages, signals,
 *       BPMN errors thrown at a task, a task's due date, name or candidate groups, attachments, jobs, filters, ...)
 *       is refused with 403 naming what was refused. A command this list does not know is refused too, so an
 *       engine upgrade that adds one cannot open a path by itself.
 * </ul>
 *
 * Without a signed-in user only reads and the password check of a sign-in run.
 */
final class EngineApiGuard extends CommandInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);

    /** Look-ups of the engine's command package that change nothing (and are checked by the engine where needed). */
    private static final Pattern READ_COMMAND = Pattern.compile(
            "(Get|Is|Find)[A-Z]\\w*Cmd(Typed)?|Create\\w*QueryCmd|ExecuteFilter(List|ListPage|Count|SingleResult)Cmd"
                    + "|AuthorizationCheckCmd|GetDeployedTaskFormCmd");

    private static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.impl.";

    /** Task properties a person may change herself; the due date follows the commitment's deadlines. */
    private static final Set<String> TASK_PROPERTIES_OF_PEOPLE = Set.of("followUpDate", "assignee", "owner");

    private final Supplier<ProcessEngineConfigurationImpl> configuration;
    private final CommentCheck comments;
    private final Supplier<StrictItems> strict;

    EngineApiGuard(
            Supplier<ProcessEngineConfigurationImpl> configuration,
            CommentCheck comments,
            Supplier<StrictItems> strict) {
        this.configuration = configuration;
        this.comments = comments;
        this.strict = strict;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null
                && !(command instanceof GuardLookup<?>)
                && EngineApiRequests.inProgress()) {
            Authentication caller = configuration.get().getIdentityService().getCurrentAuthentication();
            check(command, caller);
            if (NOTES.contains(command.getClass()) && !ofCallersMissions(command)) {
                // as if it did not exist: Camunda's REST API answers 404 for a missing comment or attachment
                return notFound(command);
            }
            if (isRead(command) && !mayReadStrict(caller)) {
                // one look-up: the strict instances of her missions, and the instance a by-id read names
                List<Set<String>> found = lookup(ctx -> {
                    Set<String> strictInstances = strict.get().strictProcessInstances(caller.getTenantIds());
                    String read = strictInstances.isEmpty() ? null : StrictReads.instanceRead(command, ctx);
                    return List.of(strictInstances, read == null ? Set.of() : Set.of(read));
                });
                Set<String> hidden = found.get(0);
                if (!hidden.isEmpty()) {
                    if (found.get(1).stream().anyMatch(hidden::contains)) {
                        throw refused(
                                command,
                                caller.getUserId(),
                                "This work is strictly confidential: only the mission's senior advisers, its"
                                        + " leadership and the OSRSG-SVC desk may open it.");
                    }
                    return StrictReads.without(next.execute(command), hidden);
                }
            }
        }
        return next.execute(command);
    }

    /**
     * History statistics that Camunda counts over every tenant's instances, without the tenant check of its runtime
     * statistics: per-activity counts of a process's history, per-decision counts of a decision requirements
     * graph's evaluations, and (for completeness: the deployment guard refuses CMMN) per-activity counts of a case.
     */
    private static final Set<Class<?>> MISSION_BLIND_STATISTICS = Set.of(
            HistoricActivityStatisticsQueryImpl.class,
            HistoricDecisionInstanceStatisticsQueryImpl.class,
            HistoricCaseActivityStatisticsQueryImpl.class);

    /**
     * Reads of a task's or a process instance's comments and attachments. Camunda looks a comment or an attachment up
     * by its id alone, without the tenant check its task queries make; these reads are checked here instead.
     */
    private static final Set<Class<?>> NOTES = Set.of(
            GetTaskCommentCmd.class,
            GetTaskCommentsCmd.class,
            GetTaskAttachmentCmd.class,
            GetTaskAttachmentsCmd.class,
            GetTaskAttachmentContentCmd.class,
            GetAttachmentCmd.class,
            GetAttachmentContentCmd.class,
            GetProcessInstanceCommentsCmd.class,
            GetProcessInstanceAttachmentsCmd.class);

    /**
     * Whether the comment or attachment a read names belongs to one of the caller's missions, by Camunda's own tenant
     * check (which lets administrators and the engine's own code through); a note on nothing known passes, and the
     * read finds nothing.
     */
    private boolean ofCallersMissions(Command<?> command) {
        String taskId = StrictReads.text(command, "taskId");
        String processInstanceId = StrictReads.text(command, "processInstanceId");
        String attachmentId = StrictReads.text(command, "attachmentId");
        return Boolean.TRUE.equals(lookup(ctx -> {
            String task = taskId;
            String instance = processInstanceId;
            if (task == null && instance == null && attachmentId != null) {
                AttachmentEntity attachment = ctx.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
                if (attachment == null) {
                    return true;
                }
                task = attachment.getTaskId();
                instance = attachment.getProcessInstanceId();
            }
            String tenant = null;
            if (task != null) {
                TaskEntity running = ctx.getTaskManager().findTaskById(task);
                HistoricTaskInstanceEntity past = running != null
                        ? null
                        : ctx.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(task);
                tenant = running != null ? running.getTenantId() : past == null ? null : past.getTenantId();
            } else if (instance != null) {
                HistoricProcessInstanceEntity past =
                        ctx.getHistoricProcessInstanceManager().findHistoricProcessInstance(instance);
                ExecutionEntity running =
                        past != null ? null : ctx.getExecutionManager().findExecutionById(instance);
                tenant = past != null ? past.getTenantId() : running == null ? null : running.getTenantId();
            }
            return ctx.getTenantManager().isAuthenticatedTenant(tenant);
        }));
    }

    @SuppressWarnings("unchecked")
    private static <T> T notFound(Command<T> command) {
        String name = command.getClass().getSimpleName();
        return name.endsWith("CommentsCmd") || name.endsWith("AttachmentsCmd") ? (T) List.of() : null;
    }

    /** Administrators and the roles cleared for strictly confidential work read all of their missions' work. */
    private boolean mayReadStrict(Authentication caller) {
        return caller == null
                || caller.getUserId() == null
                || caller.getGroupIds() != null && caller.getGroupIds().contains(Roles.ADMINS)
                || strict.get().isCleared(caller.getGroupIds());
    }

    void check(Command<?> command, Authentication caller) {
        if (MISSION_BLIND_STATISTICS.contains(command.getClass())
                && caller != null
                && caller.getUserId() != null
                && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Roles.ADMINS))) {
            // Camunda counts every tenant's instances here, whatever the caller's missions
            throw refused(
                    command,
                    caller.getUserId(),
                    "The history statistics of a process or a decision count the work of every mission; they are for administrators."
                            + " The overdue dashboard and /api/stats give each mission's figures.");
        }
        if (isRead(command)) {
            if (caller != null && caller.getUserId() != null && READS_OF_A_TASK.contains(command.getClass())) {
                auditStrictRead(caller, (String)
                        field(command, command instanceof GetTaskFormVariablesCmd ? "resourceId" : "taskId"));
            }
            return;
        }
        if (caller == null || caller.getUserId() == null) {
            if (command instanceof CheckPassword) {
                return;
            }
            throw refused(command, null, "Sign in first: this request changes data.");
        }
        if (caller.getGroupIds() != null && caller.getGroupIds().contains(Roles.ADMINS)) {
            return;
        }
        String user = caller.getUserId();
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            String taskId = (String) field(command, "taskId");
            Map<String, ?> variables =
                    map(field(command, command instanceof CompleteTaskCmd ? "variables" : "properties"));
            onlyFormFields(
                    command,
                    user,
                    variables,
                    () -> lookup(ctx -> {
                        TaskEntity task =
                                taskId == null ? null : ctx.getTaskManager().findTaskById(taskId);
                        // a task that does not exist, or not among the caller's missions: the command answers 404
                        return task == null || !mayWorkFor(caller, task.getTenantId())
                                ? null
                                : FormFields.ofTask(ctx, taskId);
                    }),
                    "this task's form");
        } else if (command instanceof StartProcessInstanceCmd) {
            var builder = (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
            if (hasText(builder.getBusinessKey())
                    || hasText(builder.getCaseInstanceId())
                    || hasText(builder.getTenantId())) {
                throw refused(
                        command,
                        user,
                        "A process is started with its start form's fields only: the business key, "
                                + "tenant and case are set by the process.");
            }
            onlyFormFields(
                    command,
                    user,
                    builder.getVariables(),
                    () -> lookup(ctx -> {
                        ProcessDefinitionEntity definition =
                                new GetDeployedProcessDefinitionCmd(builder, false).execute(ctx);
                        return FormFields.ofStartForm(ctx, definition.getId());
                    }),
                    "the start form");
        } else if (command instanceof SubmitStartFormCmd) {
            if (hasText((String) field(command, "businessKey"))) {
                throw refused(
                        command,
                        user,
                        "A process is started with its start form's fields only: the business key "
                                + "is set by the process.");
            }
            String definitionId = (String) field(command, "processDefinitionId");
            onlyFormFields(
                    command,
                    user,
                    map(field(command, "variables")),
                    () -> lookup(ctx -> FormFields.ofStartForm(ctx, definitionId)),
                    "the start form");
        } else if (command instanceof ResolveTaskCmd) {
            Map<String, ?> variables = map(field(command, "variables"));
            if (!variables.isEmpty()) {
                throw refusedVariables(
                        command, user, variables.keySet(), "Resolve the task without variables, or submit its form.");
            }
        } else if (command instanceof SaveTaskCmd) {
            TaskEntity task = (TaskEntity) field(command, "task");
            if (task == null || task.getRevision() == 0) {
                throw refused(command, user, "Tasks come from the processes; they cannot be created over the API.");
            }
            Set<String> changed = new TreeSet<>(task.getPropertyChanges().keySet());
            changed.removeAll(TASK_PROPERTIES_OF_PEOPLE);
            if (!changed.isEmpty()) {
                throw refused(
                        command,
                        user,
                        "The task's " + String.join(", ", changed) + " follow the process and the "
                                + "commitment's deadlines and cannot be changed here; only the follow-up date and who works on "
                                + "it can. A deadline is changed on the activity (PATCH /api/activities/{id}/deadline).");
            }
        } else if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd) {
            if (onStrictItem((String) field(command, "taskId"), (String) field(command, "processInstanceId"))) {
                throw refused(
                        command,
                        user,
                        "Comments are not kept on strictly confidential work: the engine's history"
                                + " shows them to everyone who follows the mission. Record it on the commitment's own task.");
            }
            comments.check((String) field(command, "message"));
        } else if (!(command instanceof ClaimTaskCmd
                || command instanceof AssignTaskCmd
                || command instanceof DelegateTaskCmd
                || command instanceof SetTaskFollowUpDateCmd
                || command instanceof DeleteTaskCommentCmd
                || command instanceof DeleteAttachmentCmd
                || command instanceof SaveUserCmd
                || command instanceof DeployCmd)) {
            Set<String> variables = variableNames(command);
            if (!variables.isEmpty()) {
                throw refusedVariables(
                        command,
                        user,
                        variables,
                        "Submit the task's form instead: its listener checks"
                                + " the values and keeps what the process needs.");
            }
            throw refused(command, user, refusalOf(command));
        }
    }

    /** The names of the variables a command would set or remove, for the refusal to name them. */
    static Set<String> variableNames(Command<?> command) {
        Set<String> names = new TreeSet<>();
        for (String name : List.of(
                "variables",
                "variablesLocal",
                "processVariables",
                "processVariablesLocal",
                "deletions",
                "variableNames",
                "properties")) {
            Field field = ReflectionUtils.findField(command.getClass(), name);
            if (field == null) {
                continue;
            }
            ReflectionUtils.makeAccessible(field);
            Object value = ReflectionUtils.getField(field, command);
            if (value instanceof Map<?, ?> map) {
                map.keySet().forEach(k -> names.add(String.valueOf(k)));
            } else if (value instanceof Collection<?> collection) {
                collection.forEach(k -> names.add(String.valueOf(k)));
            }
        }
        return names;
    }

    /** Reads of one task's data: Tasklist opening its form, the REST API reading its variables. */
    private static final Set<Class<?>> READS_OF_A_TASK = Set.of(
            GetTaskFormVariablesCmd.class,
            GetTaskVariablesCmd.class,
            GetTaskVariableCmd.class,
            GetTaskVariableCmdTyped.class);

    /** Every read of a strictly confidential task's data is recorded, who ever reads it (administrators too). */
    private void auditStrictRead(Authentication caller, String taskId) {
        if (taskId == null) {
            return;
        }
        lookup(ctx -> {
            TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
            if (task != null
                    && mayWorkFor(caller, task.getTenantId())
                    && strict.get().isStrictlyConfidential(task, businessKeyOf(task.getExecution()))) {
                strict.get().recordRead(caller, task.getTenantId(), "task " + taskId + " (" + task.getName() + ")");
            }
            return null;
        });
    }

    /** Whether the task, or else the process instance, works on a strictly confidential item. */
    private boolean onStrictItem(String taskId, String processInstanceId) {
        Boolean strictItem = lookup(ctx -> {
            if (taskId != null) {
                TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
                return task != null && strict.get().isStrictlyConfidential(task, businessKeyOf(task.getExecution()));
            }
            if (processInstanceId != null) {
                ExecutionEntity instance = ctx.getExecutionManager().findExecutionById(processInstanceId);
                return instance != null && strict.get().isStrictlyConfidential(instance, instance.getBusinessKey());
            }
            return false;
        });
        return Boolean.TRUE.equals(strictItem);
    }

    private static String businessKeyOf(ExecutionEntity execution) {
        return execution == null ? null : execution.getProcessBusinessKey();
    }

    /** Reads: the engine's queries and look-ups; neither writes, and the engine applies the caller's rights. */
    static boolean isRead(Command<?> command) {
        if (command instanceof AbstractQuery<?, ?>) {
            return true;
        }
        Class<?> type = command.getClass();
        return type.getName().startsWith(ENGINE_COMMANDS)
                && type.getEnclosingClass() == null
                && READ_COMMAND.matcher(type.getSimpleName()).matches();
    }

    private void onlyFormFields(
            Command<?> command, String user, Map<String, ?> submitted, Supplier<Set<String>> formFields, String form) {
        if (submitted.isEmpty()) {
            return;
        }
        Set<String> fields = formFields.get();
        if (fields == null) {
            return;
        }
        Set<String> others = new TreeSet<>(submitted.keySet());
        others.removeAll(fields);
        if (!others.isEmpty()) {
            throw refusedVariables(
                    command,
                    user,
                    others,
                    "Only the fields of " + form + " can be submitted"
                            + (fields.isEmpty() ? " (it has none)." : ": " + String.join(", ", fields) + "."));
        }
    }

    private EngineApiRefusal.Forbidden refusedVariables(
            Command<?> command, String user, Collection<String> names, String why) {
        String list = String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
        return refused(
                command,
                user,
                (names.size() == 1 ? "Variable " + list + " is" : "Variables " + list + " are")
                        + " set by the process and cannot be submitted. " + why);
    }

    private static EngineApiRefusal.Forbidden refused(Command<?> command, String user, String message) {
        LOG.info(
                "Refused {} for {}: {}",
                command.getClass().getSimpleName(),
                user == null ? "an anonymous caller" : user,
                message);
        return new EngineApiRefusal.Forbidden(message);
    }

    private static String refusalOf(Command<?> command) {
        String name = command.getClass().getSimpleName();
        if (name.contains("Variable")) {
            return "Variables are set by the processes and by the forms of their tasks, not one by one over the API ("
                    + name + "). Submit the task's form instead.";
        }
        return "This operation (" + name + ") is reserved to administrators; the tracker's forms and pages do this "
                + "work with its checks.";
    }

    /** Runs a look-up for the check in a command of its own, without the caller's authorizations. */
    private <T> T lookup(java.util.function.Function<CommandContext, T> work) {
        return configuration.get().getCommandExecutorTxRequired().execute((GuardLookup<T>)
                ctx -> ctx.runWithoutAuthorization((java.util.concurrent.Callable<T>) () -> work.apply(ctx)));
    }

    /** The guard's own look-ups, which it does not check again. */
    @FunctionalInterface
    interface GuardLookup<T> extends Command<T> {}

    private static Object field(Object command, String name) {
        Field field = ReflectionUtils.findField(command.getClass(), name);
        if (field == null) {
            // an engine version whose command no longer has the field: refuse rather than let it through unchecked
            throw new EngineApiRefusal.Forbidden(
                    "This request cannot be checked (" + command.getClass().getSimpleName() + "." + name
                            + "), so it is refused; tell the administrators.");
        }
        ReflectionUtils.makeAccessible(field);
        return ReflectionUtils.getField(field, command);
    }

    private static boolean mayWorkFor(Authentication caller, String tenantId) {
        return tenantId == null
                || caller.getTenantIds() != null && caller.getTenantIds().contains(tenantId);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Object variables) {
        return variables == null ? Map.of() : (Map<String, ?>) variables;
    }

    /** Checks the text of a comment a person writes on a task or a process instance. */
    @FunctionalInterface
    interface CommentCheck {
        void check(String message);
    }

    static List<Class<?>> allowedWrites() {
        return List.of(
                CompleteTaskCmd.class,
                SubmitTaskFormCmd.class,
                StartProcessInstanceCmd.class,
                SubmitStartFormCmd.class,
                ResolveTaskCmd.class,
                SaveTaskCmd.class,
                AddCommentCmd.class,
                UpdateCommentCmd.class,
                ClaimTaskCmd.class,
                AssignTaskCmd.class,
                DelegateTaskCmd.class,
                SetTaskFollowUpDateCmd.class,
                DeleteTaskCommentCmd.class,
                DeleteAttachmentCmd.class,
                SaveUserCmd.class,
                DeployCmd.class,
                CheckPassword.class);
    }
}
