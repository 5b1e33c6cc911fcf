package io.smartstore.store.followups;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Call backs ({@code smartstore.follow-ups.*}).
 *
 * @param due how long the store has to close a follow-up
 * @param inStoreWindow how long after their kiosk visit or their ticket's last move an unhappy customer is taken to be
 *                      still in the shop, and pushed to the floor
 */
@Validated
@ConfigurationProperties("smartstore.follow-ups")
record FollowUpSettings(@NotNull @DefaultValue("48h") Duration due, @NotNull @DefaultValue("20m") Duration inStoreWindow) {
}
