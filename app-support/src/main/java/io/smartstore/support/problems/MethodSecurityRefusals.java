package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A service's method security ({@code @RolesAllowed}) refusing the signed-in person is a 403 problem like the filter
 * chain's, not an unexpected error; in an app with staff, where method security is on.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MethodSecurityRefusals {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblem.problem(HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN, "Your role does not allow this"));
    }
}
