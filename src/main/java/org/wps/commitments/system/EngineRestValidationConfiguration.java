package org.wps.commitments.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine wraps exceptions of task listeners, so a form value refused by our server-side checks would reach
 * engine REST clients as a 500. This mapper answers such refusals with 400 and our plain message; every other
 * error keeps Camunda's own handling, except an unknown task or another mission's task, which Camunda answers
 * with 500 and we with 404.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestValidationConfiguration {

    @Bean
    ResourceConfigCustomizer formValidationErrors() {
        return config -> config.register(FormValidationExceptionMapper.class);
    }

    /** Runs before Camunda's {@link RestExceptionHandler} (lower priority value wins). */
    @Priority(1000)
    public static class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException refused) {
                    return Response.status(Response.Status.BAD_REQUEST)
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "InvalidFormInput", "message", refused.getMessage(), "code", 0))
                            .build();
                }
                if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
                        && (cause instanceof NullValueException
                                || String.valueOf(cause.getMessage()).contains("belongs to no authenticated tenant"))) {
                    // an unknown task, or one of a mission the caller does not belong to: not found, as in our API
                    return Response.status(Response.Status.NOT_FOUND)
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of(
                                    "type",
                                    "NotFound",
                                    "message",
                                    "No such task among your missions' tasks.",
                                    "code",
                                    0))
                            .build();
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return camundaHandler.toResponse(exception);
        }
    }
}
