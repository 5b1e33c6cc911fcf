package io.smartstore.support.staff.company;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person signed in by the company's provider, as this app sees them: named by their
 * {@code preferred_username}, with the roles of the roles claim; refused ({@link #NOT_FOR_THIS_SHOP})
 * when their stores claim does not hold this shop or they have no role here.
 */
public final class CompanyPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refused company sign-in. */
    public static final String NOT_FOR_THIS_SHOP = "not_for_this_shop";
    /** The claim the principal's name is read from, added to the person's claims. */
    static final String USERNAME_CLAIM = "smartstore_username";
    private final OidcUserService provider = new OidcUserService();
    private final CompanyClaims claims;

    public CompanyPeople(CompanyClaims claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Map<String, Object> all = person.getClaims();
        List<GrantedAuthority> roles = claims.authorities(all);
        if (!claims.opensThisShop(all) || roles.isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NOT_FOR_THIS_SHOP, "This company account does not open this shop", null));
        }
        Map<String, Object> named = new LinkedHashMap<>(person.getIdToken().getClaims());
        named.put(USERNAME_CLAIM, claims.username(all));
        var idToken = new org.springframework.security.oauth2.core.oidc.OidcIdToken(person.getIdToken().getTokenValue(),
                person.getIdToken().getIssuedAt(), person.getIdToken().getExpiresAt(), named);
        return new DefaultOidcUser(roles, idToken, person.getUserInfo(), USERNAME_CLAIM);
    }
}
