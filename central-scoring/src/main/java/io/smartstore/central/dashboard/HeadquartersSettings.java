package io.smartstore.central.dashboard;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * Headquarters ({@code smartstore.headquarters.*}): the time zone whose "today" ends the
 * dashboard's default period (Europe/Paris). Stores date their answers in their own zone; a
 * server clock in UTC would leave a European morning's answers out until 01:00 or 02:00.
 *
 * @param zone the time zone whose "today" ends the dashboard's default period
 */
@Validated
@ConfigurationProperties("smartstore.headquarters")
public record HeadquartersSettings(@NotNull @DefaultValue("Europe/Paris") ZoneId zone) {
}
