package io.smartstore.support.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser through the company sign-in, without a browser: from the app's "sign in
 * with your company account" to the provider's form and back, following each redirect by hand
 * and keeping cookies. The app and the provider must be on different host names (e.g.
 * {@code localhost} and {@code 127.0.0.1}): cookies do not tell ports apart.
 */
public final class CompanySignInFlow {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in at the app {@code appBase} as {@code username}; answers the address the app finally sends the browser to. */
    public URI signIn(String appBase, String username, String password) {
        URI at = URI.create(appBase + "/oauth2/authorization/company");
        for (int step = 0; step < 12; step++) {
            HttpResponse<String> response = get(at);
            if (response.statusCode() / 100 != 3) {
                if (at.getPath().equals("/login") && !at.toString().startsWith(appBase)) {
                    at = submitForm(at, response.body(), username, password);
                    continue;
                }
                if (!at.toString().startsWith(appBase)) {
                    throw new IllegalStateException("the provider answered " + response.statusCode() + " at " + at + ": " + response.body());
                }
                return at;
            }
            at = at.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new IllegalStateException("too many redirects, last at " + at);
    }

    /** A GET with this browser's cookies. */
    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml").GET().build());
    }

    private URI submitForm(URI login, String page, String username, String password) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("the provider's sign-in page has no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return login.resolve(response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("the provider did not accept the sign-in: " + response.statusCode())));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
