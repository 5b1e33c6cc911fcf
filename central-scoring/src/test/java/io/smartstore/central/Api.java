package io.smartstore.central;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP calls to the app under test, as a store or a member of staff would make them. */
public final class Api {

    public static final String STORE_TOKEN = "store-test-token";
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public HttpResponse<String> asStore(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, "Bearer " + STORE_TOKEN);
    }

    public HttpResponse<String> asStaff(String user, String password, String method, String path, String contentType, String body) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(method, path, contentType, body, "Basic " + basic);
    }

    public HttpResponse<String> anonymous(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, null);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
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
