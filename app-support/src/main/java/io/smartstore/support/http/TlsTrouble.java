package io.smartstore.support.http;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Optional;

/**
 * Why a TLS connection to a next hop failed, in words a person can act on — or empty when
 * the failure had nothing to do with TLS. Read from the exception's chain of causes.
 */
public final class TlsTrouble {

    private TlsTrouble() {
    }

    public static Optional<String> explain(Throwable failure, String destination, String trustSetting) {
        SSLException tls = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateExpiredException || cause instanceof CertPathValidatorException path
                    && path.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                return Optional.of(destination + "'s certificate has expired: it must be renewed there");
            }
            if (cause instanceof CertificateNotYetValidException) {
                return Optional.of(destination + "'s certificate is not valid yet: check the clocks");
            }
            if (cause instanceof SSLException ssl && tls == null) {
                tls = ssl;
            }
        }
        if (tls == null) {
            return Optional.empty();
        }
        String message = String.valueOf(tls.getMessage());
        if (message.contains("No subject alternative") || message.contains("No name matching")) {
            return Optional.of(destination + "'s certificate is not for this host name: fix the URL or the certificate");
        }
        if (message.contains("PKIX path") || message.contains("unable to find valid certification path")) {
            return Optional.of(destination + "'s certificate is not signed by an authority we trust: check " + trustSetting);
        }
        if (message.contains("bad_certificate") || message.contains("certificate_required") || message.contains("unknown_ca")) {
            return Optional.of(destination + " refused our client certificate (" + message + ")");
        }
        return Optional.of((tls instanceof SSLHandshakeException ? "the TLS handshake with " : "TLS with ") + destination + " failed: " + message);
    }
}
