package io.smartstore.protocol.token;

import java.time.Instant;

/**
 * What a customer's app code says: who (the customer ref), when it was issued, and which
 * issuer key signed it. {@link #toString()} shows no ref: tokens are not logged.
 */
public record CustomerToken(String keyId, String customerRef, Instant issuedAt) {

    static final int MAX_KEY_ID = 16;
    static final int MAX_REF = 64;

    public CustomerToken {
        if (keyId == null || !keyId.matches("[A-Za-z0-9_-]{1," + MAX_KEY_ID + "}")) {
            throw new IllegalArgumentException("a key id is 1 to 16 letters, digits, dashes or underscores");
        }
        if (customerRef == null || !customerRef.matches("[A-Za-z0-9_-]{1," + MAX_REF + "}")) {
            throw new IllegalArgumentException("a customer ref is 1 to 64 letters, digits, dashes or underscores");
        }
        if (issuedAt == null || issuedAt.getEpochSecond() < 0 || issuedAt.getEpochSecond() > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("issued-at out of range");
        }
        issuedAt = Instant.ofEpochSecond(issuedAt.getEpochSecond());
    }

    @Override
    public String toString() {
        return "CustomerToken[key " + keyId + ", issued " + issuedAt + "]";
    }
}
