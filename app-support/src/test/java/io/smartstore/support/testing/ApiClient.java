package io.smartstore.support.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the app under test, as an enrolled client (kiosk, store), a member of staff or a stranger would make them. */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The response's body as JSON, to assert on fields, never on substrings. */
    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A problem-details response with this status and stable code, a title, and no stack trace anywhere in it. */
    public static void assertProblem(HttpResponse<String> response, int status, String code) {
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> org.assertj.core.api.Assertions.assertThat(type).contains("application/problem+json"));
        JsonNode problem = json(response);
        org.assertj.core.api.Assertions.assertThat(problem.path("code").asString()).isEqualTo(code);
        org.assertj.core.api.Assertions.assertThat(problem.path("status").asInt()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(problem.path("title").asString()).isNotBlank();
        org.assertj.core.api.Assertions.assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    /** The texts of a JSON array of strings. */
    public static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private final String clientToken;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ApiClient(int port, String clientToken) {
        this.clientToken = clientToken;
        this.port = port;
    }

    public HttpResponse<String> asClient(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, "Bearer " + clientToken);
    }

    public HttpResponse<String> asStaff(String user, String password, String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, basic(user, password));
    }

    /** The {@code Authorization} value of a member of staff signing in with HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> anonymous(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, null);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String authorization) {
        return send(method, path, contentType, body, authorization, null);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String authorization, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
