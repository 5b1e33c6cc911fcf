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
     * The store.
     *
     * @param id the store's id, as central knows it (default STORE-1)
     * @param country its country, two capital letters (default FR)
     * @param zone its time zone: the store's days are local days (default Europe/Paris)
     * @param publicUrl the address customers' phones reach this store at, for the survey links and each ticket's page
     *                  (default http://localhost:8081; the prod profile refuses it unset or on loopback)
     * @param openingHours when the shop is open, such as {@code MON-SAT 09:00-19:00} (default: always); outside them a
     *                     silent kiosk is CLOSED, not OFFLINE
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
     * The loyalty cards.
     *
     * @param loyaltyPrefixes the card number prefixes of the operator's loyalty programme (others are not accepted)
     * @param hashSecret the key card numbers and NFC UIDs are hashed with (required); a secret
     * @param nfcFullDetails whether NFC-recognised customers see their full history (default: greeting and spheres only)
     * @param checkDigit LUHN (default) or NONE, for programmes whose card numbers carry no check digit
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
