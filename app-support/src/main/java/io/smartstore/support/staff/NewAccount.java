package io.smartstore.support.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A staff account to create, as the API's body and the people page's form give it; its
 * constraints are checked by Bean Validation at either edge, the app's roles by {@link StaffAccounts}.
 */
public record NewAccount(
        @NotNull(message = USERNAME) @Pattern(regexp = "[a-z0-9._-]{2,64}", message = USERNAME) String username,
        @NotNull(message = PASSWORD) @Size(min = MIN_PASSWORD, max = 200, message = PASSWORD) String password,
        @NotEmpty(message = ROLES) List<@NotNull(message = ROLES) String> roles,
        @NotBlank(message = DISPLAY_NAME) @Size(max = 64, message = DISPLAY_NAME) String displayName,
        @Pattern(regexp = "|[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}", message = EMAIL) String email) {

    public static final int MIN_PASSWORD = 10;
    static final String USERNAME = "username is 2 to 64 lower-case letters, digits, dots, dashes or underscores";
    static final String PASSWORD = "password has " + MIN_PASSWORD + " to 200 characters";
    static final String ROLES = "roles are one or more of the app's roles";
    static final String DISPLAY_NAME = "displayName is 1 to 64 characters";
    static final String EMAIL = "email is an address such as lea@shop.example";

    /** A new password for an existing account. */
    public record NewPassword(@NotNull(message = PASSWORD) @Size(min = MIN_PASSWORD, max = 200, message = PASSWORD) String password) {
    }
}
