package io.smartstore.support.clients;

import io.smartstore.support.security.Endpoints;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An address under {@code /api/} that no endpoint answers, whatever the method: such a request
 * needs no credential, so every caller gets the same 404 problem details (the staff pages never
 * answer under {@code /api/}: {@code vaadin.exclude-urls}). A path that exists for another method
 * or media type is not unmapped: it stays behind authentication, then 405 or 415.
 */
final class UnmappedApiPath implements RequestMatcher {

    private final ApplicationContext context;

    UnmappedApiPath(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && new Endpoints(context).match(request) instanceof Endpoints.Unmapped;
    }
}
