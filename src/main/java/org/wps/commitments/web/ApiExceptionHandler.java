package org.wps.commitments.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.wps.commitments.input.InvalidInputException;

/** Turns errors of our API into RFC 9457 problem details with a message a person understands. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(FormFieldValidationException.class)
    ProblemDetail invalidForm(FormFieldValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ProblemDetail stale(PreconditionFailedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setTitle("Changed since you read it");
        return problem;
    }

    /**
     * Two requests changed the same rows at once and this one lost (a JPA {@code @Version}, Camunda's optimistic
     * locking, a lock timeout or deadlock): its transaction was rolled back whole, so the caller may read again
     * and retry. 412 when the caller sent {@code If-Match}: the version it read is no longer the current one.
     */
    @ExceptionHandler({
        ConcurrencyFailureException.class,
        OptimisticLockException.class,
        PessimisticLockException.class,
        LockTimeoutException.class,
        OptimisticLockingException.class
    })
    ProblemDetail concurrentChange(Exception e, HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
            return stale(new PreconditionFailedException("This was changed since you read it, so nothing of your "
                    + "request was saved. Read it again for its current version (ETag) and retry if your change "
                    + "still applies."));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "This was changed by someone else at the same time, so nothing of your request was saved. Read it "
                        + "again and retry if your change still applies.");
        problem.setTitle("Conflict");
        return problem;
    }

    /** A deadlock the engine reports by its error code; every other engine error keeps its default answer. */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engineConflict(ProcessEngineException e, HttpServletRequest request) {
        if (e.getCode() == BuiltinExceptionCode.DEADLOCK.getCode()
                || e.getCode() == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()) {
            return concurrentChange(e, request);
        }
        throw e;
    }

    /**
     * A unique key or other database rule refused a row, typically because the same thing was saved by someone
     * else a moment earlier. The database's message (table and column names, SQL) is never shown.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "This clashes with something already saved, most likely the same thing saved by someone else at "
                        + "the same time, so nothing of your request was saved. Read the current state and retry "
                        + "if your change still applies.");
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "Your role does not allow this: " + e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON, or a field has the wrong kind of value (texts and dates "
                        + "are JSON strings, e.g. \"targetSigningDate\": \"2027-03-01\").");
        problem.setTitle("Unreadable request");
        problem.setProperty("errors", List.of());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
