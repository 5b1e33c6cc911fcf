package io.smartstore.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;
import java.util.List;

/**
 * Who this store is and what it accepts ({@code smartstore.store.*}, {@code smartstore.cards.*}).
 *
 * @param store identity and time zone: the store's days are local days
 * @param cards the loyalty prefixes accepted and the secret their numbers are hashed with
 */
@Validated
@ConfigurationProperties("smartstore")
public record StoreSettings(Store store, Cards cards) {

    public StoreSettings {
        if (store == null) {
            store = new Store("STORE-1", "FR", ZoneId.of("Europe/Paris"));
        }
        if (cards == null) {
            cards = new Cards(List.of(), null, false);
        }
    }

    public record Store(String id, String country, ZoneId zone) {
    }

    /** {@code nfcFullDetails}: show NFC-recognised customers their full history (default: greeting and spheres only). */
    public record Cards(List<String> loyaltyPrefixes, String hashSecret, boolean nfcFullDetails) {
        public Cards {
            loyaltyPrefixes = loyaltyPrefixes == null ? List.of() : List.copyOf(loyaltyPrefixes);
        }
    }
}
