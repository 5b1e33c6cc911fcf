package io.smartstore.central.security;

import io.smartstore.central.stores.ProvisionedStores;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.support.problems.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * With {@code smartstore.stores.client-certificate=REQUIRED}, a store's call (its bearer token
 * accepted) must come over TLS with the client certificate central bound it to: otherwise 403
 * {@code client_certificate_mismatch}, whatever its token. Staff are not concerned (browsers
 * reach the staff pages without a certificate: {@code server.ssl.client-auth=want}).
 */
class ClientCertificateCheck extends OncePerRequestFilter {

    private final ProvisionedStores stores;
    private final SecurityContextHolderStrategy contexts;

    ClientCertificateCheck(ProvisionedStores stores, SecurityContextHolderStrategy contexts) {
        this.stores = stores;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof EnrolledClient store) {
            Optional<String> bound = stores.clientCertificate(store.id());
            Optional<String> presented = presented(request);
            if (bound.isEmpty() || presented.isEmpty() || !bound.get().equals(presented.get())) {
                ProblemResponses.write(response, HttpStatus.FORBIDDEN, ProblemCode.CLIENT_CERTIFICATE_MISMATCH,
                        "This store must call with the client certificate central holds for it");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static Optional<String> presented(HttpServletRequest request) {
        if (!(request.getAttribute("jakarta.servlet.request.X509Certificate") instanceof X509Certificate[] chain) || chain.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded())));
        } catch (CertificateEncodingException | NoSuchAlgorithmException unreadable) {
            return Optional.empty();
        }
    }
}
