package io.smartstore.store;

import io.smartstore.support.testing.ApiClient;

import java.net.http.HttpResponse;

/** Real HTTP calls to the store under test, as a kiosk or a member of staff would make them. */
public final class Api extends ApiClient {

    public static final String KIOSK_TOKEN = "kiosk-test-token";

    public Api(int port) {
        super(port, KIOSK_TOKEN);
    }

    public HttpResponse<String> asKiosk(String method, String path, String contentType, String body) {
        return asClient(method, path, contentType, body);
    }
}
