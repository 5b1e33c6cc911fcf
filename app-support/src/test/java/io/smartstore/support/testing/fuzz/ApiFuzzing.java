package io.smartstore.support.testing.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends generated requests to an app's {@code /api/v1} endpoints with each credential the app
 * knows, and checks what must hold whatever the request: never a 5xx, and every 4xx a problem
 * details document (status and a stable code) without a stack trace.
 */
public final class ApiFuzzing {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final JsonMapper JSON = JsonMapper.shared();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public ApiFuzzing(int port) {
        this.port = port;
    }

    /** A request: which endpoint, the path with its variables filled, a query, a body, a content type, an Authorization header. */
    public record Request(Endpoint endpoint, String path, String body, String contentType, String authorization) {
        @Override
        public String toString() {
            return endpoint.method() + " " + path + " as " + (authorization == null ? "nobody" : authorization.substring(0, 6))
                    + " [" + contentType + "] " + (body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body);
        }
    }

    public static Arbitrary<Request> requests(List<Endpoint> endpoints, List<String> authorizations, List<String> fields) {
        Arbitrary<String> query = Combinators.combine(Arbitraries.of("from", "to", "date", "granularity", "country", "segment", "store", "x"),
                        Garbage.pathValues()).as((key, value) -> key + "=" + value).list().ofMaxSize(3)
                .map(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
        return Combinators.combine(Arbitraries.of(endpoints), Garbage.pathValues().list().ofSize(3), query, Garbage.bodies(fields),
                        Arbitraries.of("application/json", "application/json", "application/json", "application/x-ndjson", "text/plain", "text/csv"),
                        Arbitraries.of(authorizations))
                .as((endpoint, values, q, body, type, auth) -> new Request(endpoint, fill(endpoint.pattern(), values) + q, body, type, auth));
    }

    private static String fill(String pattern, List<String> values) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (variables.find()) {
            variables.appendReplacement(path, Matcher.quoteReplacement(values.get(i++ % values.size())));
        }
        return variables.appendTail(path).toString();
    }

    /** Sends it; what must hold of every answer is asserted here. */
    public HttpResponse<String> send(Request request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.endpoint().method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()))
                .header("Content-Type", request.contentType());
        if (request.authorization() != null) {
            builder.header("Authorization", request.authorization());
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        SoftAssertions checks = new SoftAssertions();
        checks.assertThat(response.statusCode()).as("status of " + request).isLessThan(500);
        if (response.statusCode() >= 400) {
            checks.assertThat(response.headers().firstValue("Content-Type").orElse("")).as("type of " + request).contains("application/problem+json");
            JsonNode problem = readOrNull(response.body());
            checks.assertThat(problem).as("problem details of " + request).isNotNull();
            if (problem != null) {
                checks.assertThat(problem.path("status").asInt()).as("status field").isEqualTo(response.statusCode());
                checks.assertThat(problem.path("code").asString()).as("code of " + request).isNotBlank();
            }
            checks.assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.smartstore");
        }
        checks.assertAll();
        return response;
    }

    private static JsonNode readOrNull(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
