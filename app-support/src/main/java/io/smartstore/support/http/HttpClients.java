package io.smartstore.support.http;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * A client of another Smart Store app: its base URL, its bearer token, and timeouts so that
 * a store that does not answer never holds a kiosk screen or a relay thread for long.
 */
public final class HttpClients {

    private HttpClients() {
    }

    public static RestClient bearer(RestClient.Builder builder, String baseUrl, String token, Duration connect, Duration read) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(connect).build());
        requests.setReadTimeout(read);
        return builder.clone().baseUrl(baseUrl).requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }
}
