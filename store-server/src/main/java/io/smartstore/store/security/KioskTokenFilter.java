package io.smartstore.store.security;

import io.smartstore.store.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/** Authenticates a kiosk by its {@code Authorization: Bearer} token; a wrong token is a 401 at once. */
class KioskTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    // the strategy of this application's chain (Vaadin brings its own): never the static holder
    private final SecurityContextHolderStrategy contexts;
    private final Kiosks kiosks;

    KioskTokenFilter(Kiosks kiosks, SecurityContextHolderStrategy contexts) {
        this.kiosks = kiosks;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).trim();
        Optional<String> kiosk = token.isEmpty() || token.length() > 200 ? Optional.empty() : kiosks.authenticate(token);
        if (kiosk.isEmpty()) {
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unknown or revoked kiosk token");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new KioskPrincipal(kiosk.get()), null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.KIOSK));
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
