package io.smartstore.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Customers' app-token keys ({@code smartstore.tokens.*}): the issuer's public keys a store
 * verifies with ({@code keyId:base64,…}, several during a rotation) and, at central only, the
 * private key it signs with ({@code keyId:base64 PKCS#8}). Blank: none.
 *
 * @param publicKeys the app-token issuer's public keys a store verifies customers' app codes with, {@code keyId:base64}
 *                   (X.509), comma-separated: several during a key rotation
 * @param privateKey at central only: the key app codes are signed with, {@code keyId:base64} (PKCS#8 Ed25519); a secret
 */
@ConfigurationProperties("smartstore.tokens")
public record TokenSettings(@DefaultValue("") String publicKeys, @DefaultValue("") String privateKey) {
}
