package io.smartstore.support.staff.signin;

import io.smartstore.support.staff.SignInAttempts;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Stops a sign-in attempt while {@link SignInAttempts} says its account or address is locked:
 * a script's HTTP Basic call gets 429 {@code too_many_attempts} (with {@code Retry-After}), the
 * sign-in form goes back to the sign-in page with a plain message. It learns of failures and
 * successes from Spring Security's authentication events. The attempted password is never read
 * here, nor logged anywhere.
 */
public class SignInThrottle extends OncePerRequestFilter {

    private final SignInAttempts attempts;

    public SignInThrottle(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        Optional<String> account = form ? Optional.ofNullable(request.getParameter("username")) : basicUser(request);
        Optional<Duration> locked = account.flatMap(name -> attempts.lockedFor(name, request.getRemoteAddr()));
        if (locked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, locked.get().toSeconds())));
        ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, ProblemCode.TOO_MANY_ATTEMPTS,
                "Too many failed sign-ins: try again in " + Math.max(1, locked.get().toMinutes()) + " min");
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent failure) {
        attempts.failed(failure.getAuthentication().getName(), address(failure.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent success) {
        attempts.succeeded(success.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** The user name of an HTTP Basic header (the part before the colon); the password is not looked at. */
    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
