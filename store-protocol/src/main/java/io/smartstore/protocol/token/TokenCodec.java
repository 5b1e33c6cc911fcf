package io.smartstore.protocol.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * The token's text form: {@code SS1.} then base64url (no padding) of a compact binary
 * payload — version (1 byte), key id (length + ASCII), customer ref (length + ASCII),
 * issued-at (4 bytes, seconds since the epoch) — followed by its 64-byte Ed25519
 * signature, made with the JDK's own {@code java.security}. About 110 characters, so a
 * phone screen held up to a kiosk camera reads reliably.
 */
public final class TokenCodec {

    public static final String PREFIX = "SS1.";
    public static final int MAX_TEXT_LENGTH = 160;
    private static final byte VERSION = 1;
    private static final int SIGNATURE_LENGTH = 64;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private TokenCodec() {
    }

    public static String sign(CustomerToken token, PrivateKey key) {
        byte[] payload = payload(token);
        byte[] signature = signature(payload, key);
        ByteBuffer whole = ByteBuffer.allocate(payload.length + signature.length).put(payload).put(signature);
        return PREFIX + ENCODER.encodeToString(whole.array());
    }

    /**
     * The token this text carries, if its signature verifies with the key its key id names.
     * Says nothing of its age: see {@link TokenValidity}.
     */
    public static CustomerToken verify(String text, Function<String, Optional<PublicKey>> keys) throws TokenException {
        byte[] bytes = decode(text);
        if (bytes.length <= SIGNATURE_LENGTH + 7) {
            throw invalid("too short");
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - SIGNATURE_LENGTH);
        byte[] signature = Arrays.copyOfRange(bytes, bytes.length - SIGNATURE_LENGTH, bytes.length);
        CustomerToken token = parse(payload);
        PublicKey key = keys.apply(token.keyId()).orElseThrow(() -> invalid("unknown key id"));
        if (!verifies(payload, signature, key)) {
            throw invalid("signature does not verify");
        }
        return token;
    }

    private static byte[] decode(String text) throws TokenException {
        if (text == null || text.length() > MAX_TEXT_LENGTH || !text.startsWith(PREFIX)) {
            throw invalid("not a Smart Store token");
        }
        String body = text.substring(PREFIX.length());
        if (!body.matches("[A-Za-z0-9_-]+")) {
            throw invalid("not base64url");
        }
        try {
            return DECODER.decode(body);
        } catch (IllegalArgumentException e) {
            throw invalid("not base64url");
        }
    }

    private static byte[] payload(CustomerToken token) {
        byte[] keyId = token.keyId().getBytes(StandardCharsets.US_ASCII);
        byte[] ref = token.customerRef().getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(1 + 1 + keyId.length + 1 + ref.length + 4)
                .put(VERSION)
                .put((byte) keyId.length).put(keyId)
                .put((byte) ref.length).put(ref)
                .putInt((int) token.issuedAt().getEpochSecond())
                .array();
    }

    private static CustomerToken parse(byte[] payload) throws TokenException {
        try {
            ByteBuffer in = ByteBuffer.wrap(payload);
            if (in.get() != VERSION) {
                throw invalid("unknown version");
            }
            String keyId = text(in);
            String ref = text(in);
            long issuedAt = Integer.toUnsignedLong(in.getInt());
            if (in.hasRemaining()) {
                throw invalid("trailing bytes");
            }
            return new CustomerToken(keyId, ref, Instant.ofEpochSecond(issuedAt));
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw invalid("malformed payload");
        }
    }

    private static String text(ByteBuffer in) {
        int length = Byte.toUnsignedInt(in.get());
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static byte[] signature(byte[] payload, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(payload);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    private static boolean verifies(byte[] payload, byte[] signature, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static TokenException invalid(String why) {
        return new TokenException(TokenException.Reason.INVALID, why);
    }
}
