package io.smartstore.support.clients;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

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
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        HandlerMapping endpoints = context.getBean("requestMappingHandlerMapping", HandlerMapping.class);
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return endpoints.getHandler(request) == null;
        } catch (Exception mappedOtherwise) {
            return false; // the path exists, for another method or media type
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
            if (parsed == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            }
        }
    }
}
