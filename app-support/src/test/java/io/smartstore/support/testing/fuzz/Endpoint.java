package io.smartstore.support.testing.fuzz;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.TreeSet;

/** One {@code /api/v1} operation of the app: a method and a path pattern such as {@code /api/v1/queue/{id}/call}. */
public record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

    /** Every {@code /api/v1} operation the app maps, read from Spring MVC itself: a new endpoint is fuzzed without anyone listing it. */
    public static List<Endpoint> of(ApplicationContext app) {
        TreeSet<Endpoint> endpoints = new TreeSet<>();
        app.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/v1/"))
                        .forEach(pattern -> {
                            var methods = info.getMethodsCondition().getMethods();
                            (methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods)
                                    .forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)));
                        })));
        return List.copyOf(endpoints);
    }

    @Override
    public int compareTo(Endpoint other) {
        return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
