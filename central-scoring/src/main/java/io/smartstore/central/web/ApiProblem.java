package io.smartstore.central.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * An error a client can act on: an HTTP status, a plain title and a stable
 * machine-readable {@code code} (api.md), rendered as RFC 9457 problem details.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, String code, String title) {
        super(status, problem(status, code, title), null);
    }

    public static ProblemDetail problem(HttpStatus status, String code, String title) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create("https://smartstore.example/problems/" + code.replace('_', '-')));
        detail.setTitle(title);
        detail.setProperty("code", code);
        return detail;
    }

    public String code() {
        return (String) getBody().getProperties().get("code");
    }
}
