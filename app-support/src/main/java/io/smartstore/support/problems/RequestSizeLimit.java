package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Bounded request bodies: 1 MB for the API (a full feedback batch is far less), 32 MB for
 * imports. A larger declared body is refused before it is read: 413, problem details.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long API_LIMIT = 1024 * 1024;
    static final long IMPORT_LIMIT = 32L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith("/api/v1/admin/") ? IMPORT_LIMIT : API_LIMIT;
        if (request.getContentLengthLong() > limit) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, ProblemCode.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + limit / 1024 + " KB");
            return;
        }
        chain.doFilter(request, response);
    }
}
