package org.wps.commitments.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.wps.commitments.input.InvalidInputException;

/**
 * Errors of Camunda's REST API that a person can act on. Camunda answers 500 for many of them; we answer:
 *
 * <ul>
 *   <li>400 with our plain message for a form value refused by our server-side checks (the engine wraps
 *       exceptions of task listeners);
 *   <li>404 for an unknown task or one of a mission the caller does not belong to;
 *   <li>409 when someone else got there first: a task already claimed by another user ("already claimed by
 *       X"), a task already completed ("already completed by X"), or any change that collided with another
 *       one in the database (Camunda's optimistic locking, a deadlock): nothing of the request was saved and
 *       the caller may reload and retry. Such answers keep Camunda's error {@code code} 1 (optimistic locking)
 *       so that clients which retry on it still do; a unique key of our domain refusing the same thing saved
 *       twice at once answers 409 too, without the database's message.
 * </ul>
 *
 * Every other error keeps Camunda's own handling. The mappers serve {@code /engine-rest} (registered below) and
 * Tasklist's and Cockpit's own copy of the same API at {@code /camunda/api/engine}, a Jersey application of
 * Camunda's webapp that Spring does not configure: {@link WebappEngineApi} adds them there through Jersey's
 * auto-discovery ({@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestValidationConfiguration {

    private static final int OPTIMISTIC_LOCKING = BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode();
    private static final int DEADLOCK = BuiltinExceptionCode.DEADLOCK.getCode();

    @Bean
    ResourceConfigCustomizer formValidationErrors() {
        return config -> config.register(EngineRestErrors.class);
    }

    /** Registers the mappers of this class in one Jersey application. */
    public static class EngineRestErrors implements Feature {
        @Override
        public boolean configure(FeatureContext context) {
            context.register(FormValidationExceptionMapper.class);
            context.register(EngineExceptionMapper.class);
            context.register(AnyExceptionMapper.class);
            return true;
        }
    }

    /**
     * Adds {@link EngineRestErrors} to every Jersey application that serves Camunda's engine API and lacks them:
     * the webapp's {@code /camunda/api/engine}, which Tasklist submits its forms to.
     */
    @ConstrainedTo(RuntimeType.SERVER)
    public static class WebappEngineApi implements AutoDiscoverable {
        @Override
        public void configure(FeatureContext context) {
            var configuration = context.getConfiguration();
            if (configuration.isRegistered(NamedProcessEngineRestServiceImpl.class)
                    && !configuration.isRegistered(EngineRestErrors.class)) {
                context.register(EngineRestErrors.class);
            }
        }
    }

    /** Runs before Camunda's {@code RestExceptionHandler} (lower priority value wins). */
    @Priority(1000)
    public static class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

        @Context
        private UriInfo uriInfo;

        @Override
        public Response toResponse(RestException exception) {
            return translate(exception, uriInfo);
        }
    }

    /** Runs before Camunda's {@code ProcessEngineExceptionHandler}: a claim, for one, throws straight through. */
    @Priority(1000)
    public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

        @Context
        private UriInfo uriInfo;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return translate(exception, uriInfo);
        }
    }

    /**
     * Runs before Camunda's catch-all {@code ExceptionHandler}: a conflict found when our domain's transaction
     * commits (a JPA entity's {@code @Version}) reaches the REST API as a Spring exception.
     */
    @Priority(1000)
    public static class AnyExceptionMapper implements ExceptionMapper<Throwable> {

        @Context
        private UriInfo uriInfo;

        @Override
        public Response toResponse(Throwable exception) {
            return translate(exception, uriInfo);
        }
    }

    static Response translate(Throwable exception, UriInfo uriInfo) {
        boolean camundaSays500 =
                ExceptionHandlerHelper.getInstance().getStatus(exception) == Response.Status.INTERNAL_SERVER_ERROR;
        TaskCall call = TaskCall.of(uriInfo);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof EngineApiRefusal refused) {
                // answered as it is, also where Camunda's resource wrapped it in a fixed message of its own
                return answer(
                        Response.Status.fromStatusCode(refused.status()),
                        refused.status() == 403 ? "AuthorizationException" : "InvalidRequestException",
                        refused.getMessage(),
                        0);
            }
            if (cause instanceof FormFieldValidationException refused) {
                return invalidFormInput(refused);
            }
            if (cause instanceof TaskAlreadyClaimedException claimed) {
                return alreadyClaimed(claimed.getTaskId(), claimed.getTaskAssignee());
            }
            if (cause instanceof AuthorizationException && call != null) {
                // the task was completed while the request was checking the rights on it, which went with it
                Response done = noLongerOpen(call);
                if (done != null) {
                    return done;
                }
            }
            if (camundaSays500 && isConcurrentChange(cause)) {
                return concurrentChange(call);
            }
            if (camundaSays500 && cause instanceof DataIntegrityViolationException) {
                // a unique key of our domain, e.g. the same thing saved twice at once; the SQL stays unsaid
                return answer(
                        Response.Status.CONFLICT,
                        "Conflict",
                        "This clashes with something already saved, most likely the same thing saved by someone "
                                + "else at the same time, so nothing of your request was saved. Reload and retry if "
                                + "your change still applies.",
                        0);
            }
            if (camundaSays500
                    && (cause instanceof NullValueException
                            || String.valueOf(cause.getMessage()).contains("belongs to no authenticated tenant"))) {
                // an unknown task, one of a mission the caller does not belong to, or one already done
                return noLongerOpenOrNotFound(call);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static boolean isConcurrentChange(Throwable cause) {
        if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
            return true;
        }
        if (cause instanceof jakarta.persistence.OptimisticLockException) {
            return true;
        }
        return cause instanceof ProcessEngineException engine
                && (engine.getCode() == OPTIMISTIC_LOCKING || engine.getCode() == DEADLOCK);
    }

    /** Names who holds the task or finished it when the collision was with them; otherwise says what to do. */
    private static Response concurrentChange(TaskCall call) {
        if (call != null) {
            try {
                ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
                Task task = engine.getTaskService()
                        .createTaskQuery()
                        .taskId(call.taskId())
                        .singleResult();
                if (task == null) {
                    Response done = noLongerOpen(engine, call.taskId());
                    if (done != null) {
                        return done;
                    }
                } else if (call.claims()
                        && task.getAssignee() != null
                        && !task.getAssignee().equals(userOf(engine))) {
                    return alreadyClaimed(task.getId(), task.getAssignee());
                }
            } catch (RuntimeException lookupFailed) {
                // the answer below is right in any case, only less precise
            }
            return answer(
                    Response.Status.CONFLICT,
                    "ConcurrentChange",
                    "Task " + call.taskId() + " was changed by someone else at the same time, so nothing of your "
                            + "request was saved. Reload the task and try again.",
                    OPTIMISTIC_LOCKING);
        }
        return answer(
                Response.Status.CONFLICT,
                "ConcurrentChange",
                "Someone else changed the same data at the same time, so nothing of your request was saved. "
                        + "Reload it and try again.",
                OPTIMISTIC_LOCKING);
    }

    private static Response noLongerOpenOrNotFound(TaskCall call) {
        if (call != null) {
            Response done = noLongerOpen(call);
            if (done != null) {
                return done;
            }
        }
        return answer(
                Response.Status.NOT_FOUND,
                "NotFound",
                call != null
                        ? "No such task among your missions' tasks."
                        : "Nothing with this id among your missions' work.",
                0);
    }

    private static Response noLongerOpen(TaskCall call) {
        try {
            return noLongerOpen(EngineUtil.lookupProcessEngine(null), call.taskId());
        } catch (RuntimeException lookupFailed) {
            return null;
        }
    }

    /**
     * 409 for a task the caller may see in history that is no longer open; null for one never seen (the
     * history query applies the caller's missions and rights, so another mission's task stays "not found").
     */
    private static Response noLongerOpen(ProcessEngine engine, String taskId) {
        HistoricTaskInstance task = engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .singleResult();
        if (task == null || task.getEndTime() == null) {
            return null;
        }
        if (!"completed".equals(task.getDeleteReason())) {
            return answer(
                    Response.Status.CONFLICT,
                    "TaskNoLongerOpen",
                    "Task " + taskId + " is no longer open: its process moved on without it. Reload your task list.",
                    0);
        }
        List<UserOperationLogEntry> completions = engine.getHistoryService()
                .createUserOperationLogQuery()
                .taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .orderByTimestamp()
                .asc()
                // one row, paged: the engine refuses an unbound list to a signed-in caller (query-max-results-limit)
                .listPage(0, 1);
        String by = completions.isEmpty() || completions.get(0).getUserId() == null
                ? ""
                : " by " + completions.get(0).getUserId();
        return answer(
                Response.Status.CONFLICT,
                "TaskAlreadyCompleted",
                "Task " + taskId + " was already completed" + by + ", so nothing of your request was saved. "
                        + "Reload your task list.",
                0);
    }

    private static Response alreadyClaimed(String taskId, String assignee) {
        return answer(
                Response.Status.CONFLICT,
                "TaskAlreadyClaimed",
                "Task " + taskId + " is already claimed by " + assignee + ". Ask them, or pick another task.",
                0);
    }

    private static String userOf(ProcessEngine engine) {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /**
     * 400 with our message and, so that a client can mark each field, its problems one by one ({@code problems}:
     * the form's key, {@code activities[0].title} for a list row, with the message about it): those of our checks,
     * or the one field Camunda names.
     */
    private static Response invalidFormInput(FormFieldValidationException refused) {
        Object detail = refused.getDetail();
        List<Map<String, String>> problems = detail instanceof List<?> list
                ? list.stream()
                        .filter(InvalidInputException.FieldProblem.class::isInstance)
                        .map(InvalidInputException.FieldProblem.class::cast)
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList()
                : detail instanceof String field
                        ? List.of(Map.of("field", field, "message", String.valueOf(refused.getMessage())))
                        : List.of();
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of(
                        "type", "InvalidFormInput", "message", refused.getMessage(), "code", 0, "problems", problems))
                .build();
    }

    private static Response answer(Response.Status status, String type, String message, int code) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message, "code", code))
                .build();
    }

    /** A call on one task ({@code .../task/{id}/claim} and the like), read from the request path. */
    private record TaskCall(String taskId, boolean claims) {

        private static final Set<String> NOT_IDS = Set.of("count", "create", "report");

        static TaskCall of(UriInfo uriInfo) {
            if (uriInfo == null) {
                return null;
            }
            List<PathSegment> segments;
            try {
                segments = uriInfo.getPathSegments();
            } catch (RuntimeException outsideARequest) {
                return null;
            }
            for (int i = 0; i + 1 < segments.size(); i++) {
                String previous = i == 0 ? "" : segments.get(i - 1).getPath();
                String id = segments.get(i + 1).getPath();
                if (segments.get(i).getPath().equals("task")
                        && !previous.equals("history")
                        && !id.isBlank()
                        && !NOT_IDS.contains(id)) {
                    boolean claims = i + 2 < segments.size()
                            && segments.get(i + 2).getPath().equals("claim");
                    return new TaskCall(id, claims);
                }
            }
            return null;
        }
    }
}
