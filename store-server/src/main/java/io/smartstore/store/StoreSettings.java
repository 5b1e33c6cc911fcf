package io.smartstore.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import io.smartstore.protocol.fleet.OpeningHours;

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
            store = new Store("STORE-1", "FR", ZoneId.of("Europe/Paris"), null, null);
        }
        if (cards == null) {
            cards = new Cards(List.of(), null, false, null);
        }
    }

    /**
     * {@code publicUrl}: the address customers' phones reach this store at, for the survey links (default {@code http://localhost:8081});
     * {@code openingHours}: when the shop is open, such as {@code MON-SAT 09:00-19:00} (default: always) — outside them a silent
     * kiosk is CLOSED, not OFFLINE.
     */
    public record Store(String id, String country, ZoneId zone, String publicUrl, String openingHours) {
        public Store {
            publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8081"
                    : publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
            openingHours = openingHours == null ? "" : openingHours.strip();
            try {
                OpeningHours.parse(openingHours);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("smartstore.store.opening-hours: " + e.getMessage(), e);
            }
        }

        public OpeningHours hours() {
            return OpeningHours.parse(openingHours);
        }
    }

    /**
     * {@code nfcFullDetails}: show NFC-recognised customers their full history (default: greeting
     * and spheres only); {@code checkDigit}: whether the programme's card numbers carry a Luhn digit.
     */
    public record Cards(List<String> loyaltyPrefixes, String hashSecret, boolean nfcFullDetails, CheckDigit checkDigit) {
        public Cards {
            loyaltyPrefixes = loyaltyPrefixes == null ? List.of() : List.copyOf(loyaltyPrefixes);
            checkDigit = checkDigit == null ? CheckDigit.LUHN : checkDigit;
        }
    }

    /** {@code smartstore.cards.check-digit}: LUHN (default) or NONE (many loyalty and gift cards carry none). */
    public enum CheckDigit { LUHN, NONE }
}
