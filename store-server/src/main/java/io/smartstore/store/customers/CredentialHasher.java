package io.smartstore.store.customers;

import io.smartstore.store.StoreSettings;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Card numbers and NFC UIDs become keyed hashes (HMAC-SHA-256 with the deployment's
 * secret) before they touch the database; the numbers themselves are never kept.
 */
@Component
public class CredentialHasher {

    private final SecretKeySpec key;

    CredentialHasher(StoreSettings settings) {
        String secret = settings.cards().hashSecret();
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("smartstore.cards.hash-secret must be set (at least 16 characters)");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(Credential credential) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(credential.kind().name().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) ':');
            return HexFormat.of().formatHex(mac.doFinal(credential.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
