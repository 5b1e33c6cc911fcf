package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * An error a client can act on: an HTTP status, a plain title and a stable
 * machine-readable {@code code} (api.md), rendered as RFC 9457 problem details.
 */
public class ApiProblem extends ErrorResponseException {

    private final ProblemCode code;

    public ApiProblem(HttpStatus status, ProblemCode code, String title) {
        super(status, problem(status, code, title), null);
        this.code = code;
    }

    public static ProblemDetail problem(HttpStatus status, ProblemCode code, String title) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(typeOf(code));
        detail.setTitle(title);
        detail.setProperty("code", code.code());
        return detail;
    }

    static URI typeOf(ProblemCode code) {
        return URI.create("https://smartstore.example/problems/" + code.code().replace('_', '-'));
    }

    public ProblemCode code() {
        return code;
    }
}
