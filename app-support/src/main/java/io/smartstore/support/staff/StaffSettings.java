package io.smartstore.support.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The staff pages ({@code smartstore.staff.*}): the app's name in their header, how long a
 * password that matched is remembered ({@link RememberedPasswords}; 0 = never), and whether
 * the app's own accounts may sign in ({@code local-accounts}, default true; false when everyone
 * signs in with the company's provider).
 *
 * @param title the app's name in the staff pages' header
 * @param passwordMemory how long a staff password that matched is remembered, so API scripts do not pay bcrypt on
 *                       every call (0: never; at most 1h)
 * @param localAccounts whether the app's own accounts may sign in (false: only the company's sign-in)
 */
@Validated
@ConfigurationProperties("smartstore.staff")
public record StaffSettings(@NotBlank @DefaultValue("Smart Store") String title,
                            @NotNull @DefaultValue("5m") Duration passwordMemory,
                            @DefaultValue("true") boolean localAccounts) {

    public StaffSettings {
        if (passwordMemory.isNegative() || passwordMemory.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("smartstore.staff.password-memory must be between 0 and 1h, was " + passwordMemory);
        }
    }
}
