package io.smartstore.protocol.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ed25519 keys in configuration: {@code keyId:base64} pairs, public keys as X.509
 * (SubjectPublicKeyInfo), private keys as PKCS#8. Several public keys at once allow rotation.
 */
public final class Ed25519Keys {

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    public static String text(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String text(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** {@code "k1:MCow…,k2:MCow…"} → key id → public key. */
    public static Map<String, PublicKey> publicKeys(String pairs) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        if (pairs == null || pairs.isBlank()) {
            return keys;
        }
        for (String pair : pairs.split(",")) {
            String[] parts = pair.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("public keys are keyId:base64 pairs separated by commas");
            }
            keys.put(parts[0].strip(), publicKey(parts[1]));
        }
        return keys;
    }
}
