package io.smartstore.support.testing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.Arrays;

/**
 * A member of staff signed in on the test's thread, where the app's method security looks (the security chains' own
 * strategy, Vaadin's in an app with pages): for a test that calls a page or a service the way that person would.
 */
public final class SignedIn {

    private final SecurityContextHolderStrategy contexts;

    public SignedIn(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void as(String username, String... roles) {
        contexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new))));
    }

    public void out() {
        contexts.clearContext();
    }
}
