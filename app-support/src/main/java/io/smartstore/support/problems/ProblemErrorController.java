package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;

/**
 * Errors raised outside Spring MVC's handlers — the security firewall refusing an address with
 * an encoded line break, a filter's {@code sendError} — reach {@code /error}: they are answered
 * as problem details with a stable code like every other refusal, not Spring Boot's default body.
 */
@RestController
@CalledBy(Caller.ANYONE) // the error page of a request refused or failed before: nothing to grant
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemCode problem = ProblemResponses.codeFor(status.value());
        String title = status.is5xxServerError() ? "Something went wrong on our side" : "The request was refused: " + status.getReasonPhrase();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(status, problem, title));
    }
}
