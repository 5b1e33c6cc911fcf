package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problem details written straight to a servlet response, for filters that run before Spring MVC. */
public final class ProblemResponses {

    /** The schemes the API takes: enrolled clients' bearer tokens and staff scripts' HTTP Basic. */
    public static final String CHALLENGE = "Bearer realm=\"smartstore\", Basic realm=\"smartstore\"";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, ProblemCode code, String title) throws IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED && !response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE); // how to authenticate (RFC 9110 §11.6.1)
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(status, code, title));
    }

    /** The stable code of a refusal known only by its status (the framework's or the server's own). */
    static ProblemCode codeFor(int status) {
        return switch (status) {
            case 400 -> ProblemCode.MALFORMED_REQUEST;
            case 401 -> ProblemCode.UNAUTHENTICATED;
            case 403 -> ProblemCode.FORBIDDEN;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 413, 414, 431 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.MALFORMED_REQUEST;
        };
    }

    /** The problem document itself. */
    static String body(HttpStatus status, ProblemCode code, String title) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblem.typeOf(code).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("code", code.code());
        return JSON.writeValueAsString(problem);
    }
}
