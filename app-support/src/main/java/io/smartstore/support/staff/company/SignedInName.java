package io.smartstore.support.staff.company;

import io.smartstore.support.staff.StaffUsers;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** The name colleagues and customers see for whoever is signed in: the provider's name for a company person, else the account's display name. */
public final class SignedInName {

    private SignedInName() {
    }

    /** {@code principal} as the security context holds it; {@code username} its name. */
    public static String of(Object principal, String username, StaffUsers accounts) {
        if (principal instanceof OidcUser person && person.getFullName() != null && !person.getFullName().isBlank()) {
            return person.getFullName();
        }
        if (principal instanceof Jwt token && token.getClaimAsString("name") != null) {
            return token.getClaimAsString("name");
        }
        return accounts.displayNameOf(username);
    }
}
