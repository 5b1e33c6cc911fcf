package io.smartstore.central;

import io.smartstore.support.testing.ApiClient;

import java.net.http.HttpResponse;

/** Real HTTP calls to central under test, as a store or a member of staff would make them. */
public final class Api extends ApiClient {

    public static final String STORE_TOKEN = "store-test-token";

    public Api(int port) {
        super(port, STORE_TOKEN);
    }

    public HttpResponse<String> asStore(String method, String path, String contentType, String body) {
        return asClient(method, path, contentType, body);
    }
}
