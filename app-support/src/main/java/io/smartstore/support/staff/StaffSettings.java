package io.smartstore.support.staff;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff pages ({@code smartstore.staff.*}): the app's name in their header.
 */
@Validated
@ConfigurationProperties("smartstore.staff")
public record StaffSettings(@NotBlank @DefaultValue("Smart Store") String title) {
}
