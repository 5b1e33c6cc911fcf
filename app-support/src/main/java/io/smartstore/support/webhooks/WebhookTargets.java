package io.smartstore.support.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where deliveries may go: an absolute {@code https://} address, without user or fragment. Plain {@code http://} only
 * to this machine (a receiver in tests and the demo), and never under {@code prod}.
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** What is wrong with {@code url} as a target, in a sentence; empty when it may be used. */
    static Optional<String> problemWith(String url, boolean httpsOnly) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAnAddress) {
            return Optional.of("url is not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            return Optional.of("url is an absolute https:// address");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("url has no user name, password or fragment");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && !httpsOnly && loopback(uri.getHost())) {
            return Optional.empty();
        }
        return Optional.of(httpsOnly ? "url is an https:// address" : "url is an https:// address (http:// only to this machine, outside prod)");
    }

    private static boolean loopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name: not resolved here, so never taken for this machine
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (java.net.UnknownHostException notAnAddress) {
            return false;
        }
    }
}
