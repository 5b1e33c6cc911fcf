package io.smartstore.support.testing;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds a Spring HTTP interface, through which one app calls another in production, to the other app's committed
 * OpenAPI document (which that app's {@code ApiDocumentTest} holds to what it serves): every method is an operation
 * of the document, for the enrolled client, with the same path and query parameters, request body and answer.
 */
public final class HttpInterfaceContract {

    private HttpInterfaceContract() {
    }

    /** Checks {@code api} against {@code docs/api/<app>-openapi.json}; returns the operations it calls. */
    public static List<String> check(Class<?> api, String app) throws Exception {
        JsonNode document = JsonMapper.shared().readTree(Files.readString(CommittedFolder.root().resolve("docs/api/" + app + "-openapi.json")));
        HttpExchange base = AnnotatedElementUtils.findMergedAnnotation(api, HttpExchange.class);
        String prefix = base == null ? "" : base.value();
        List<String> called = new ArrayList<>();
        for (Method method : api.getDeclaredMethods()) {
            HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
            if (exchange == null) {
                continue;
            }
            String path = prefix + exchange.value();
            String verb = exchange.method().toLowerCase(Locale.ROOT);
            String what = api.getSimpleName() + "." + method.getName() + " (" + verb.toUpperCase(Locale.ROOT) + " " + path + ")";
            JsonNode operation = document.path("paths").path(path).path(verb);
            assertThat(operation.isMissingNode()).as(what + " is an operation of the " + app + "'s document").isFalse();
            List<String> schemes = new ArrayList<>();
            operation.path("security").forEach(requirement -> requirement.propertyNames().forEach(schemes::add));
            assertThat(schemes).as(what + " is called by the enrolled client").contains("clientToken");
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(RequestBody.class)) {
                    assertThat(schemaOf(operation.path("requestBody").path("content"))).as(what + " body").isEqualTo(schemaName(parameter.getType()));
                } else if (parameter.isAnnotationPresent(PathVariable.class) || parameter.isAnnotationPresent(RequestParam.class)) {
                    String name = parameter.isAnnotationPresent(PathVariable.class) ? parameter.getAnnotation(PathVariable.class).value()
                            : parameter.getAnnotation(RequestParam.class).value();
                    String in = parameter.isAnnotationPresent(PathVariable.class) ? "path" : "query";
                    List<String> declared = new ArrayList<>();
                    operation.path("parameters").forEach(p -> declared.add(p.path("in").asString() + " " + p.path("name").asString()));
                    assertThat(declared).as(what + " parameters").contains(in + " " + name);
                }
            }
            JsonNode answers = operation.path("responses");
            String ok = answers.has("200") ? "200" : answers.has("201") ? "201" : answers.has("202") ? "202" : "204";
            if (method.getReturnType() == void.class) {
                assertThat(answers.has("200") && answers.path("200").has("content") || answers.has("201") && answers.path("201").has("content"))
                        .as(what + " answers nothing to read").isFalse();
            } else {
                assertThat(schemaOf(answers.path(ok).path("content"))).as(what + " answer").isEqualTo(schemaName(method.getReturnType()));
            }
            called.add(verb.toUpperCase(Locale.ROOT) + " " + path);
        }
        return called;
    }

    private static String schemaOf(JsonNode content) {
        for (JsonNode type : content) {
            String ref = type.path("schema").path("$ref").asString();
            if (!ref.isEmpty()) {
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
        }
        return "(none)";
    }

    /** The document names a nested type with its owner ({@code QueueTicket.Request} is {@code QueueTicketRequest}). */
    private static String schemaName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : schemaName(type.getEnclosingClass()) + type.getSimpleName();
    }
}
