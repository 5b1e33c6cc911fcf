package io.smartstore.store.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** A visit's opaque key for central: SHA-256 of the store id and the visit id, so central can count one answer per visit and learn nothing else. */
final class VisitKeys {

    private VisitKeys() {
    }

    static String of(String storeId, UUID visitId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((storeId + ":" + visitId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
