package io.smartstore.kiosk.operations;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.InetAddress;
import java.security.Principal;

/**
 * The kiosk has no staff accounts, so its actuator trusts where a request comes from
 * (api.md): the kiosk PC itself (loopback) reads health with its details (readers, outbox
 * backlog) and the metrics; anyone else on the shop's network gets the health status alone,
 * and a 403 for everything else under {@code /actuator}.
 */
@Component
public class KioskPcOnly extends OncePerRequestFilter {

    static final String ROLE = "KIOSK_PC";
    private static final Principal KIOSK_PC = () -> "kiosk-pc";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromThisPc(request)) {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public Principal getUserPrincipal() {
                    return KIOSK_PC;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return ROLE.equals(role);
                }
            }, response);
        } else if (request.getRequestURI().equals("/actuator/health")) {
            chain.doFilter(request, response);
        } else {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN,
                    "Only the kiosk PC itself may read this; the health status is open at /actuator/health");
        }
    }

    private static boolean fromThisPc(HttpServletRequest request) {
        try {
            return InetAddress.ofLiteral(request.getRemoteAddr()).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
