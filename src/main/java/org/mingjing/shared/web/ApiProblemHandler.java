package org.mingjing.shared.web;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an API controller into RFC 9457 problem details in Chinese. Nothing a client
 * sends is answered with a 500: malformed JSON, wrong types, unknown enum values and out-of-range dates are
 * all 400 with the field named.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e) {
        return respond(Problems.of(messages, e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(Problems.of(messages, ProblemException.invalid(e.getName(), "validation.type-mismatch",
                String.valueOf(e.getValue()))));
    }

    @ExceptionHandler(DateTimeParseException.class)
    ResponseEntity<Object> badDate(DateTimeParseException e) {
        return respond(Problems.of(messages, ProblemException.badRequest("validation.date", e.getParsedString())));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(messages, ProblemException.conflict("conflict", "problem.integrity")));
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ResponseEntity<Object> denied(RuntimeException e) {
        return respond(Problems.of(messages, ProblemException.forbidden("problem.forbidden")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return respond(Problems.of(messages, HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                messages.getMessage("problem.internal", null, LocaleContextHolder.getLocale())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            problems.add(FieldProblem.of(error.getField(), "validation.raw",
                    messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> problems.add(FieldProblem.of(error.getObjectName(),
                "validation.raw", messages.getMessage(error, LocaleContextHolder.getLocale()))));
        return respond(Problems.of(messages, ProblemException.invalid(problems)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> problems.add(FieldProblem.of(result.getMethodParameter().getParameterName(),
                        "validation.raw", messages.getMessage(error, LocaleContextHolder.getLocale())))));
        return respond(Problems.of(messages, ProblemException.invalid(problems)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof DateTimeParseException dt) {
            return badDate(dt);
        }
        Throwable t = ex.getCause();
        while (t != null && !(t instanceof JacksonException)) {
            t = t.getCause();
        }
        if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JacksonException.Reference ref : json.getPath()) {
                if (ref.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return respond(Problems.of(messages,
                    ProblemException.invalid(field.toString(), "validation.unreadable-field")));
        }
        return respond(Problems.of(messages, ProblemException.badRequest("problem.unreadable")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = Problems.of(messages, statusCode, codeFor(statusCode),
                messages.getMessage("problem.detail." + statusCode.value(), null,
                        messages.getMessage("problem.title.other", null, LocaleContextHolder.getLocale()),
                        LocaleContextHolder.getLocale()));
        return ResponseEntity.status(statusCode).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-input";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status.value();
        };
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
