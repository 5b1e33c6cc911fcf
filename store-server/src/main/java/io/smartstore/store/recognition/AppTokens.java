package io.smartstore.store.recognition;

import io.smartstore.protocol.token.CustomerToken;
import io.smartstore.protocol.token.Ed25519Keys;
import io.smartstore.protocol.token.TokenCodec;
import io.smartstore.protocol.token.TokenException;
import io.smartstore.protocol.token.TokenValidity;
import io.smartstore.support.TokenSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Customers' app tokens, checked offline: the signature with the issuer's public key its
 * key id names (several keys at once, for rotation), its age against the store's clock,
 * and that this store has not accepted it before — accepted tokens are remembered in the
 * database until they expire, so a restart forgets none.
 */
@Component
class AppTokens {

    private final Map<String, PublicKey> keys;
    private final JdbcClient jdbc;
    private final Clock clock;

    AppTokens(TokenSettings settings, JdbcClient jdbc, Clock clock) {
        this.keys = Ed25519Keys.publicKeys(settings.publicKeys());
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The customer ref a valid, fresh, first-presented token carries; otherwise why not. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String accept(String text) throws TokenException {
        CustomerToken token = TokenCodec.verify(text, keyId -> Optional.ofNullable(keys.get(keyId)));
        TokenValidity.STANDARD.check(token, clock.instant());
        try {
            jdbc.sql("INSERT INTO ACCEPTED_TOKEN (TOKEN_HASH, EXPIRES_AT) VALUES (?, ?)")
                    .params(sha256(text), TokenValidity.STANDARD.expiry(token).atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException replayed) {
            throw new TokenException(TokenException.Reason.REPLAYED, "already presented at this store");
        }
        return token.customerRef();
    }

    /** Forgets tokens that have expired: they would be refused as expired anyway. */
    @Scheduled(fixedDelayString = "PT1M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM ACCEPTED_TOKEN WHERE EXPIRES_AT < ?").param(clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
