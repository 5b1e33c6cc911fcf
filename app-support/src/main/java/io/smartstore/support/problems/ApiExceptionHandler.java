package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.ConstraintViolation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every error of the API as problem details with a stable {@code code}; Spring's own
 * errors (malformed JSON, wrong media type, …) get one too. No stack trace or internal
 * message ever reaches a client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** A refusal of the domain: its code's status, its code and its plain sentence. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        HttpStatus status = ProblemStatus.of(refusal.code());
        ProblemDetail problem = ApiProblem.problem(status, refusal.code(), refusal.getMessage());
        refusal.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error ({})", e.getClass().getName(), e);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblem.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCode.INTERNAL_ERROR, "Something went wrong on our side"));
    }

    /** A {@code @Valid} body that breaks its constraints: every broken one in words, by field. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Broken> broken = new ArrayList<>();
        collect(ex.getBindingResult(), broken);
        return invalid(ex.getParameter().getMethod(), broken);
    }

    /** Constrained path variables, parameters or bodies that break their constraints. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<Broken> broken = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors errors) {
                collect(errors, errors.getArgument() == null ? null : errors.getArgument().getClass(), broken);
            } else {
                Class<?> type = result.getMethodParameter().getParameterType();
                result.getResolvableErrors().forEach(error -> broken.add(new Broken(
                        String.valueOf(result.getMethodParameter().getParameterName()), error.getDefaultMessage(),
                        Optional.ofNullable(constraintCode(result.unwrap(error, ConstraintViolation.class)))
                                .orElseGet(() -> classCode(type)))));
            }
        });
        return invalid(ex.getMethod(), broken);
    }

    private static void collect(Errors errors, List<Broken> broken) {
        collect(errors, errors instanceof BindingResult result && result.getTarget() != null ? result.getTarget().getClass() : null, broken);
    }

    /**
     * The code of each broken constraint: its field's {@link RefusedAs}, else the constraint's own (on its annotation
     * type), else the owning record's; else the endpoint's, then {@code malformed_request} ({@link #invalid}).
     */
    private static void collect(Errors errors, Class<?> owner, List<Broken> broken) {
        errors.getFieldErrors().forEach(error -> broken.add(new Broken(error.getField(), error.getDefaultMessage(),
                Optional.ofNullable(fieldCode(owner, error.getField())).or(() -> Optional.ofNullable(constraintCode(violation(error))))
                        .orElseGet(() -> classCode(owner)))));
        errors.getGlobalErrors().forEach(error -> broken.add(new Broken(error.getObjectName(), error.getDefaultMessage(),
                Optional.ofNullable(constraintCode(violation(error))).orElseGet(() -> classCode(owner)))));
    }

    private static ConstraintViolation<?> violation(org.springframework.validation.ObjectError error) {
        return error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
    }

    private static ProblemCode constraintCode(ConstraintViolation<?> violation) {
        RefusedAs code = violation == null ? null : violation.getConstraintDescriptor().getAnnotation().annotationType().getAnnotation(RefusedAs.class);
        return code == null ? null : code.value();
    }

    private static ProblemCode classCode(Class<?> owner) {
        RefusedAs code = owner == null ? null : owner.getAnnotation(RefusedAs.class);
        return code == null ? null : code.value();
    }

    /** The code a request record's field asks for ({@link RefusedAs} on the field), if any. */
    private static ProblemCode fieldCode(Class<?> owner, String field) {
        if (owner == null) {
            return null;
        }
        try {
            RefusedAs code = owner.getDeclaredField(field.replaceAll("[.\\[].*", "")).getAnnotation(RefusedAs.class);
            return code == null ? null : code.value();
        } catch (NoSuchFieldException nested) {
            return null;
        }
    }

    private static ResponseEntity<Object> invalid(Method endpoint, List<Broken> broken) {
        List<Broken> sorted = broken.stream().sorted(Comparator.comparing(Broken::field).thenComparing(Broken::message)).distinct().toList();
        RefusedAs onEndpoint = endpoint == null ? null
                : Optional.ofNullable(endpoint.getAnnotation(RefusedAs.class)).orElse(endpoint.getDeclaringClass().getAnnotation(RefusedAs.class));
        ProblemCode code = sorted.stream().map(Broken::code).filter(java.util.Objects::nonNull).findFirst()
                .orElse(onEndpoint == null ? ProblemCode.MALFORMED_REQUEST : onEndpoint.value());
        HttpStatus status = ProblemStatus.of(code);
        ProblemDetail problem = ApiProblem.problem(status, code,
                sorted.isEmpty() ? "The request is invalid" : String.join("; ", sorted.stream().map(Broken::message).distinct().toList()));
        problem.setProperty("errors", sorted.stream().map(one -> Map.of("field", one.field(), "message", one.message())).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One broken constraint: the field (or parameter), what it must be, and the code its field asks for. */
    private record Broken(String field, String message, ProblemCode code) {
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail
                && (detail.getProperties() == null || !detail.getProperties().containsKey("code"))) {
            detail.setProperty("code", ProblemResponses.codeFor(status.value()).code());
            detail.setDetail(null);
        }
        if (response != null && response.getBody() instanceof ProblemDetail) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
        }
        return response;
    }
}
