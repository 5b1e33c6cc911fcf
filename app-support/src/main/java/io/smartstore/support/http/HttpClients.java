package io.smartstore.support.http;

import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import javax.net.ssl.SSLParameters;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/**
 * A client of another Smart Store app: its base URL, its bearer token, and timeouts so that
 * a store that does not answer never holds a kiosk screen or a relay thread for long. With an
 * SSL bundle, the server is trusted only if the bundle's truststore vouches for it (host name
 * checked, as the JDK's client always does over https), and the bundle's key, when it has one,
 * is presented as this client's certificate; without one, the JDK's default trust applies.
 */
public final class HttpClients {

    private HttpClients() {
    }

    /** A Spring HTTP interface ({@code @HttpExchange}) of another app's API, each call made with {@code http}. */
    public static <T> T service(Class<T> api, RestClient http) {
        return org.springframework.web.service.invoker.HttpServiceProxyFactory
                .builderFor(org.springframework.web.client.support.RestClientAdapter.create(http)).build().createClient(api);
    }

    public static RestClient bearer(RestClient.Builder builder, String baseUrl, String token, Duration connect, Duration read,
                                    Optional<SslBundle> tls) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(connect);
        tls.ifPresent(bundle -> {
            client.sslContext(bundle.createSslContext());
            String[] protocols = bundle.getOptions().getEnabledProtocols();
            if (protocols != null) {
                SSLParameters parameters = new SSLParameters();
                parameters.setProtocols(protocols);
                client.sslParameters(parameters);
            }
        });
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client.build());
        requests.setReadTimeout(read);
        return builder.clone().baseUrl(baseUrl).requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** The bundle named by setting {@code key} (empty when it is blank); an unknown name stops the start, naming the key. */
    public static Optional<SslBundle> bundle(SslBundles bundles, String key, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(bundles.getBundle(name));
        } catch (NoSuchSslBundleException unknown) {
            throw new IllegalStateException(key + "=" + name + " names no SSL bundle (define spring.ssl.bundle.pem." + name + ".*)", unknown);
        }
    }
}
