package io.smartstore.support.staff.company;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import java.util.Optional;

/**
 * Sign-in with the company's provider on the staff pages, when the app has the registration
 * {@value #REGISTRATION} ({@code spring.security.oauth2.client.registration.company.*}): the
 * sign-in page offers it, a person the provider names but this shop does not admit sees the
 * "not for this shop" page, and signing out ends the session at the provider too.
 */
public final class CompanySignIn {

    public static final String REGISTRATION = "company";
    /** Where the sign-in page sends a person to sign in with the company's provider. */
    public static final String START = "/oauth2/authorization/" + REGISTRATION;
    public static final String NOT_FOR_THIS_SHOP_PAGE = "/not-for-this-shop";
    private static final String SIGNED_OUT = "/login?logout";
    private final Optional<ClientRegistrationRepository> registrations;
    private final CompanyPeople people;

    public CompanySignIn(Optional<ClientRegistrationRepository> registrations, CompanyPeople people) {
        this.registrations = registrations.filter(repository -> repository.findByRegistrationId(REGISTRATION) != null);
        this.people = people;
    }

    public boolean offered() {
        return registrations.isPresent();
    }

    /** Adds the provider's sign-in to the staff pages' chain, when offered. */
    public void apply(HttpSecurity http) throws Exception {
        if (!offered()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(people))
                .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                        + (refusedHere(failure) ? NOT_FOR_THIS_SHOP_PAGE : "/login?error"))));
    }

    /**
     * After signing out of a company sign-in: the provider's end-session page, which comes back to the sign-in page.
     * Empty without the provider (Vaadin's own sign-out then applies). The redirect goes through Vaadin's strategy
     * because "Sign out" is a button on a page, not a link: a plain redirect would be followed by the page's
     * background request and never reach the provider.
     */
    public Optional<LogoutSuccessHandler> signedOut() {
        return registrations.map(repository -> {
            OidcClientInitiatedLogoutSuccessHandler company = new OidcClientInitiatedLogoutSuccessHandler(repository);
            company.setRedirectStrategy(new UidlRedirectStrategy());
            company.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
            company.setDefaultTargetUrl(SIGNED_OUT);
            return company;
        });
    }

    private static boolean refusedHere(Exception failure) {
        return failure instanceof OAuth2AuthenticationException refused
                && CompanyPeople.NOT_FOR_THIS_SHOP.equals(refused.getError().getErrorCode());
    }
}
