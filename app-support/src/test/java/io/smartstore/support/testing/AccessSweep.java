package io.smartstore.support.testing;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of an app's served OpenAPI document, called by every kind of caller: nobody, the enrolled client, a
 * member of staff of each role. What the document says of an operation ({@code security}, and for staff its
 * {@code x-roles}) is what the app must do: a caller it does not name is refused (401 without credentials, 403 with
 * the wrong ones) and, for a GET, a caller it names is let through. The document is made from each operation's
 * {@code @CalledBy}, which the app's filter chain grants by: the three cannot disagree without this failing.
 */
public final class AccessSweep {

    private static final String UUID = "00000000-0000-0000-0000-000000000001";

    private AccessSweep() {
    }

    /** A member of staff who has exactly one role. */
    public record Staff(String role, String user, String password) {
    }

    /** Calls everything; returns the operations called, as {@code "GET /api/v1/…"}. */
    public static List<String> sweep(ApiClient api, List<Staff> staff) {
        JsonNode document = ApiClient.json(api.anonymous("GET", "/v3/api-docs", null, null));
        List<String> called = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                String address = concrete(path.getKey(), operation.getValue());
                check(api, staff, method, address, operation.getValue());
                called.add(method + " " + path.getKey());
            }
        }
        return called;
    }

    private static void check(ApiClient api, List<Staff> staff, String method, String address, JsonNode operation) {
        Set<String> schemes = new TreeSet<>();
        operation.path("security").forEach(requirement -> requirement.propertyNames().forEach(schemes::add));
        Set<String> roles = new TreeSet<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asString().toUpperCase(Locale.ROOT)));
        String what = method + " " + address;
        assertThat(operation.path("security").isEmpty()).as(what + " says who may call it").isFalse();
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        String type = body == null ? null : "application/json";
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        boolean anyone = schemes.isEmpty();
        if (!anyone) {
            HttpResponse<String> anonymous = api.anonymous(method, address, type, body);
            assertThat(anonymous.statusCode()).as(what + " without credentials: " + anonymous.body()).isEqualTo(401);
            ApiClient.assertProblem(anonymous, 401, "unauthenticated");
        }
        answers.put("the client", api.asClient(method, address, type, body));
        expect(what + " as the client", answers.get("the client"), anyone || schemes.contains("clientToken"), method);
        for (Staff member : staff) {
            HttpResponse<String> answer = api.asStaff(member.user(), member.password(), method, address, type, body);
            boolean named = anyone || schemes.contains("staffBasic") && (roles.isEmpty() || roles.contains(member.role()));
            expect(what + " as " + member.role(), answer, named, method);
        }
    }

    private static void expect(String what, HttpResponse<String> answer, boolean allowed, String method) {
        if (!allowed) {
            assertThat(answer.statusCode()).as(what + " is refused: " + answer.body()).isEqualTo(403);
            ApiClient.assertProblem(answer, 403, "forbidden");
        } else if (method.equals("GET")) {
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isNotIn(401, 403);
        }
    }

    /** The path with each parameter given a value of its kind (what it is does not matter: access is decided before). */
    private static String concrete(String template, JsonNode operation) {
        String address = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("path")) {
                String value = parameter.path("schema").path("format").asString().equals("uuid") ? UUID : "FR";
                address = address.replace("{" + parameter.path("name").asString() + "}", value);
            }
        }
        assertThat(address).as("every path parameter of " + template + " is described").doesNotContain("{");
        return address;
    }
}
