package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * An error a client can act on as RFC 9457 problem details: an HTTP status, a plain title and a
 * stable machine-readable {@code code} (api.md).
 */
public final class ApiProblem {

    private ApiProblem() {
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
}
