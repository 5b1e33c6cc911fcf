package io.smartstore.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.Optional;

/** Which controller method answers a request, asked of Spring MVC's own mapping before the request reaches it. */
public final class Endpoints {

    /** What the mapping says of a request: an operation, a path that exists for another method or media type, or nothing. */
    public sealed interface Match {
    }

    /** The operation that answers the request. */
    public record Operation(HandlerMethod method) implements Match {
    }

    /** A path that exists, for another method or media type ({@code atThisPath}): 405 or 415 to whom may call one of them. */
    public record Otherwise(java.util.List<HandlerMethod> atThisPath) implements Match {
    }

    /** No endpoint at this address. */
    public record Unmapped() implements Match {
    }

    private final ApplicationContext context;

    public Endpoints(ApplicationContext context) {
        this.context = context;
    }

    /** Asked once per request and address: the unmapped-path matcher and the access decision read the same answer. */
    public Match match(HttpServletRequest request) {
        String asked = request.getMethod() + " " + request.getRequestURI();
        if (request.getAttribute(MATCH) instanceof Asked known && known.address().equals(asked)) {
            return known.match();
        }
        Match match = lookUp(request);
        request.setAttribute(MATCH, new Asked(asked, match));
        return match;
    }

    private static final String MATCH = Endpoints.class.getName() + ".match";

    /** The answer for one method and address (a forward or error dispatch of the same request asks anew). */
    private record Asked(String address, Match match) {
    }

    private Match lookUp(HttpServletRequest request) {
        HandlerMapping endpoints = context.getBean("requestMappingHandlerMapping", HandlerMapping.class);
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain = endpoints.getHandler(request);
            if (chain == null) {
                return new Unmapped();
            }
            return chain.getHandler() instanceof HandlerMethod method ? new Operation(method) : new Otherwise(java.util.List.of());
        } catch (Exception mappedOtherwise) {
            return new Otherwise(atThisPath(request));
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
            if (parsed == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            }
        }
    }

    private java.util.List<HandlerMethod> atThisPath(HttpServletRequest request) {
        var mapping = context.getBean("requestMappingHandlerMapping", org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class);
        return mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey().getPathPatternsCondition() != null
                        && entry.getKey().getPathPatternsCondition().getMatchingCondition(request) != null)
                .map(java.util.Map.Entry::getValue).toList();
    }

    /** Who may call an operation: its own {@link CalledBy}, else its controller's. */
    public static Optional<CalledBy> calledBy(HandlerMethod handler) {
        CalledBy onMethod = handler.getMethodAnnotation(CalledBy.class);
        return Optional.ofNullable(onMethod != null ? onMethod : handler.getBeanType().getAnnotation(CalledBy.class));
    }
}
