package io.smartstore.protocol.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The {@value #HEADER} header of a delivery, the way integrators know it:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA-256 of "<t>.<body>" keyed with the subscription's secret>}.
 * A receiver recomputes the HMAC over the body exactly as received and rejects a timestamp older than
 * its tolerance (a replay); the event's {@code id} lets it drop a second delivery of the same event.
 */
public final class WebhookSignature {

    public static final String HEADER = "Smartstore-Signature";

    private WebhookSignature() {
    }

    /** The header's value for {@code body} sent at {@code at}. */
    public static String sign(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
    }

    /**
     * Whether {@code header} signs {@code body} with {@code secret}, at a time no further than
     * {@code tolerance} from {@code now}. Any {@code v1} of the header may match (several during a secret's rotation).
     */
    public static boolean verify(String header, String body, String secret, Instant now, Duration tolerance) {
        if (header == null || header.length() > 1000) {
            return false;
        }
        Long t = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                return false;
            }
            if (pair[0].equals("t")) {
                try {
                    t = Long.parseLong(pair[1]);
                } catch (NumberFormatException notATime) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (t == null || signatures.isEmpty() || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        return signatures.stream().anyMatch(signature -> MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
