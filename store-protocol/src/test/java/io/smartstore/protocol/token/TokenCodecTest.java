package io.smartstore.protocol.token;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signed customer tokens, and every way a bad one is refused. */
class TokenCodecTest {

    static final KeyPair K1 = Ed25519Keys.generate();
    static final KeyPair K2 = Ed25519Keys.generate();
    static final Instant NOW = Instant.parse("2026-11-26T10:15:00Z");
    static final Map<String, PublicKey> KEYS = Map.of("k1", K1.getPublic(), "k2", K2.getPublic());

    static String token(String keyId, KeyPair pair, Instant issuedAt) {
        return TokenCodec.sign(new CustomerToken(keyId, "C-000123", issuedAt), pair.getPrivate());
    }

    static CustomerToken verify(String text) throws TokenException {
        return TokenCodec.verify(text, keyId -> Optional.ofNullable(KEYS.get(keyId)));
    }

    @Test
    void aTokenRoundTripsAndIsShortEnoughForACameraToRead() throws TokenException {
        String text = token("k1", K1, NOW);
        assertThat(text).startsWith("SS1.").hasSizeLessThanOrEqualTo(120).matches("[A-Za-z0-9._-]+");
        assertThat(verify(text)).isEqualTo(new CustomerToken("k1", "C-000123", NOW));
    }

    @Test
    void rotationKeepsBothKeysValidChosenByKeyId() throws TokenException {
        assertThat(verify(token("k2", K2, NOW)).keyId()).isEqualTo("k2");
        assertThat(verify(token("k1", K1, NOW)).keyId()).isEqualTo("k1");
    }

    @Test
    void aForgedSignatureIsInvalid() {
        assertInvalid(token("k1", K2, NOW)); // signed with another key than its id names
    }

    @Test
    void anUnknownKeyIdIsInvalid() {
        assertInvalid(TokenCodec.sign(new CustomerToken("k9", "C-000123", NOW), K1.getPrivate()));
    }

    @Test
    void anAlteredPayloadIsInvalid() {
        String text = token("k1", K1, NOW);
        byte[] bytes = Base64.getUrlDecoder().decode(text.substring(4));
        bytes[8] ^= 0x01; // a letter of the customer ref
        assertInvalid("SS1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Test
    void truncatedOversizeNonAsciiAndGarbageAreInvalid() {
        String text = token("k1", K1, NOW);
        assertInvalid(text.substring(0, text.length() - 1));
        assertInvalid(text.substring(0, 20));
        assertInvalid(text + "A".repeat(200));
        assertInvalid(text.replace('A', 'É'));
        assertInvalid("SS1.");
        assertInvalid("");
        assertInvalid("eyJhbGciOiJIUzI1NiJ9.e30.abc");
        assertInvalid("SS1.<script>alert(1)</script>");
        assertInvalid("SS1.' OR 1=1 --");
        assertInvalid(null);
    }

    @Test
    void theClockDecidesExpiredAndFuture() throws TokenException {
        TokenValidity validity = TokenValidity.STANDARD;
        CustomerToken token = verify(token("k1", K1, NOW));
        validity.check(token, NOW.plusSeconds(89)); // 60 s + 30 s skew
        validity.check(token, NOW.minusSeconds(30));
        assertThatThrownBy(() -> validity.check(token, NOW.plusSeconds(91)))
                .isInstanceOfSatisfying(TokenException.class, e -> assertThat(e.reason()).isEqualTo(TokenException.Reason.EXPIRED));
        assertThatThrownBy(() -> validity.check(token, NOW.minusSeconds(31)))
                .isInstanceOfSatisfying(TokenException.class, e -> assertThat(e.reason()).isEqualTo(TokenException.Reason.INVALID));
    }

    @Test
    void aTokenNeverShowsItsCustomerWhenPrinted() {
        assertThat(new CustomerToken("k1", "C-000123", NOW).toString()).doesNotContain("C-000123");
    }

    @Property(tries = 300)
    void anySingleBitFlippedIsRefused(@ForAll @IntRange(min = 0, max = 1000) int position, @ForAll @IntRange(min = 0, max = 7) int bit) {
        String text = token("k1", K1, NOW);
        byte[] bytes = Base64.getUrlDecoder().decode(text.substring(4));
        bytes[position % bytes.length] ^= (byte) (1 << bit);
        assertInvalid("SS1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static void assertInvalid(String text) {
        assertThatThrownBy(() -> verify(text)).isInstanceOfSatisfying(TokenException.class,
                e -> assertThat(e.reason()).isEqualTo(TokenException.Reason.INVALID));
    }
}
