package io.smartstore.support.clients;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ProblemResponses;
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

/**
 * Authenticates an enrolled client by its {@code Authorization: Bearer} token, with the role
 * all such clients have; a wrong or revoked token is a 401 at once. Other credentials pass on.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private static final int MAX_TOKEN_LENGTH = 200;
    private final EnrolledClients clients;
    private final String role;
    // the strategy of this application's chain (Vaadin brings its own): never the static holder
    private final SecurityContextHolderStrategy contexts;

    private final boolean passOnJwts;

    /** {@code passOnJwts}: a token shaped like a JWT is left to the company's provider's check. */
    public BearerTokenFilter(EnrolledClients clients, String role, SecurityContextHolderStrategy contexts, boolean passOnJwts) {
        this.clients = clients;
        this.role = role;
        this.contexts = contexts;
        this.passOnJwts = passOnJwts;
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
        if (passOnJwts && looksLikeAJwt(token)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> client = token.isEmpty() || token.length() > MAX_TOKEN_LENGTH ? Optional.empty() : clients.authenticate(token);
        if (client.isEmpty()) {
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ProblemCode.UNAUTHENTICATED, "Unknown or revoked token");
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new EnrolledClient(client.get()), null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** Three dot-separated parts, the first a JSON header ({@code eyJ…}): an enrolled client's token never is. */
    public static boolean looksLikeAJwt(String token) {
        return token.startsWith("eyJ") && token.chars().filter(c -> c == '.').count() == 2;
    }
}
