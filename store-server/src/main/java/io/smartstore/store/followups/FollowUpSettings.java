package io.smartstore.store.followups;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code smartstore.follow-ups.due}: how long the store has to close a follow-up (default 48 h);
 * {@code smartstore.follow-ups.in-store-window}: how long after their kiosk visit or their ticket's last move a customer
 * is taken to be still in the shop (default 20 min).
 */
@Validated
@ConfigurationProperties("smartstore.follow-ups")
record FollowUpSettings(@NotNull @DefaultValue("48h") Duration due, @NotNull @DefaultValue("20m") Duration inStoreWindow) {
}
