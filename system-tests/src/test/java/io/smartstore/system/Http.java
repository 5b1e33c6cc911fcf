package io.smartstore.system;

import io.smartstore.support.testing.TestCertificates;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Staff calls to the apps under test, with HTTP Basic; over https, the operator's authority is trusted ({@link SystemTls}). */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().sslContext(SystemTls.trusting()).build();

    private Http() {
    }

    static HttpResponse<String> bearer(String method, String url, String token, String body) throws IOException, InterruptedException {
        return bearer(CLIENT, method, url, token, body);
    }

    /** As a store that presents its TLS client certificate {@code certificate}. */
    static HttpResponse<String> bearer(TestCertificates.Issued certificate, String method, String url, String token, String body)
            throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().sslContext(certificate.context(SystemTls.OPERATOR)).build()) {
            return bearer(client, method, url, token, body);
        }
    }

    private static HttpResponse<String> bearer(HttpClient client, String method, String url, String token, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> call(String method, String url, String user, String password, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
