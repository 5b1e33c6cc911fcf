package io.smartstore.central.tokens;

import io.smartstore.protocol.token.CustomerToken;
import io.smartstore.protocol.token.Ed25519Keys;
import io.smartstore.protocol.token.TokenCodec;
import io.smartstore.protocol.token.TokenValidity;
import io.smartstore.support.TokenSettings;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import org.springframework.stereotype.Service;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues customers' app tokens with the configured private key
 * ({@code smartstore.tokens.private-key} = {@code keyId:base64 PKCS#8}), standing in for
 * the operator's app backend. Without a key, central issues none.
 */
@Service
public class TokenIssuer {

    private final Optional<Key> key;
    private final Clock clock;
    private final AuditTrail audit;

    TokenIssuer(TokenSettings settings, Clock clock, AuditTrail audit) {
        String configured = settings.privateKey();
        this.clock = clock;
        this.audit = audit;
        if (configured.isBlank()) {
            this.key = Optional.empty();
        } else {
            String[] parts = configured.split(":", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("smartstore.tokens.private-key is keyId:base64 (PKCS#8 Ed25519)");
            }
            this.key = Optional.of(new Key(parts[0].strip(), Ed25519Keys.privateKey(parts[1])));
        }
    }

    /** A token for the customer, recorded in the audit trail (a credential given out for a person). */
    public Optional<IssuedToken> issue(String customerRef) {
        Instant now = clock.instant();
        return key.map(k -> {
            audit.record(AuditAction.CUSTOMER_TOKEN_ISSUED, customerRef);
            CustomerToken token = new CustomerToken(k.id(), customerRef, now);
            return new IssuedToken(TokenCodec.sign(token, k.privateKey()), token.issuedAt().plus(TokenValidity.STANDARD.validity()));
        });
    }

    private record Key(String id, PrivateKey privateKey) {
    }

    /** A token's text and the instant its validity ends (skew not counted). */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
