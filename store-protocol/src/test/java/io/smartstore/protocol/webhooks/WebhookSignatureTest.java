package io.smartstore.protocol.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A receiver trusts a delivery signed with its secret, recently, over exactly the body it received — and nothing else. */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_test-secret";
    private static final String BODY = "{\"id\":\"7d0c…\",\"type\":\"answer.detractor\"}";
    private static final Instant SENT = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void theHeaderCarriesTheTimeAndAnHmacOfTimeAndBody() {
        // computed apart, by OpenSSL: printf '1796551200.{}' | openssl dgst -sha256 -hmac whsec_test-secret
        assertThat(WebhookSignature.sign(SECRET, SENT, "{}"))
                .isEqualTo("t=1796551200,v1=abd60855635f789c4e0557c1f45b177bc57830b878e1ff6a49e5d564af59a618");
    }

    @Test
    void aSignedDeliveryIsTrustedWithinTheTolerance() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(header, BODY, SECRET, SENT.plusSeconds(60), FIVE_MINUTES)).isTrue();
    }

    @Test
    void anyChangeOrAnOldTimestampIsRejected() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(header, BODY + " ", SECRET, SENT, FIVE_MINUTES)).as("body changed").isFalse();
        assertThat(WebhookSignature.verify(header, BODY, "whsec_other", SENT, FIVE_MINUTES)).as("another secret").isFalse();
        assertThat(WebhookSignature.verify(header, BODY, SECRET, SENT.plus(Duration.ofMinutes(6)), FIVE_MINUTES)).as("replayed later").isFalse();
        String movedTime = header.replace("t=" + SENT.getEpochSecond(), "t=" + (SENT.getEpochSecond() + 300));
        assertThat(WebhookSignature.verify(movedTime, BODY, SECRET, SENT.plusSeconds(300), FIVE_MINUTES)).as("timestamp moved").isFalse();
        assertThat(WebhookSignature.verify("t=abc,v1=00", BODY, SECRET, SENT, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify("garbage", BODY, SECRET, SENT, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify(null, BODY, SECRET, SENT, FIVE_MINUTES)).isFalse();
    }

    @Test
    void duringARotationEitherSignatureMayMatch() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY) + ",v1=" + "0".repeat(64);
        assertThat(WebhookSignature.verify(header, BODY, SECRET, SENT, FIVE_MINUTES)).isTrue();
    }
}
