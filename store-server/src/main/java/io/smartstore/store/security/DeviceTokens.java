package io.smartstore.store.security;

import java.security.SecureRandom;
import java.util.Base64;

/** New device tokens: 32 random bytes, base64url — shown once at enrolment, kept only as a hash. */
final class DeviceTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
