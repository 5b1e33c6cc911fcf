package io.smartstore.central.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;

/** Problem details written straight to a servlet response, for filters that run before Spring MVC. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String code, String title) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://smartstore.example/problems/" + code.replace('_', '-')
                + "\",\"title\":\"" + title + "\",\"status\":" + status.value() + ",\"code\":\"" + code + "\"}");
    }
}
