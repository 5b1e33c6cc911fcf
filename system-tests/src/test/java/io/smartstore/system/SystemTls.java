package io.smartstore.system;

import io.smartstore.support.testing.TestCertificates;
import io.smartstore.support.testing.TestCertificates.Authority;
import io.smartstore.support.testing.TestCertificates.Issued;

import javax.net.ssl.SSLContext;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The operator's certificates for a test's apps, made in the test: one authority, a server
 * certificate per app (its Spring Boot SSL bundle, read from PEM files), and the trust bundle
 * its client (the next hop's caller) checks the server against.
 */
final class SystemTls {

    static final Authority OPERATOR = Authority.create("e2e-operator-ca");
    private static final SSLContext TRUSTING = TestCertificates.trustingOnly(OPERATOR);

    private SystemTls() {
    }

    /** What this test JVM's own clients trust: the operator's authority only. */
    static SSLContext trusting() {
        return TRUSTING;
    }

    /** Properties that make an app serve HTTPS with {@code certificate} (TLS 1.2 and 1.3). */
    static List<String> serving(Issued certificate, Path directory, String name) {
        TestCertificates.Pem pem = certificate.writePem(directory, name);
        return List.of("server.ssl.bundle=web",
                "spring.ssl.bundle.pem.web.keystore.certificate=file:" + pem.certificate(),
                "spring.ssl.bundle.pem.web.keystore.private-key=file:" + pem.privateKey(),
                "spring.ssl.bundle.pem.web.truststore.certificate=file:" + OPERATOR.writePem(directory.resolve("operator-ca.crt")),
                "spring.ssl.bundle.pem.web.reload-on-update=true",
                "spring.ssl.bundle.pem.web.options.enabled-protocols=TLSv1.3,TLSv1.2");
    }

    /** Properties of a client whose next hop is trusted by the operator's authority ({@code setting} names the bundle), presenting {@code client} if given. */
    static List<String> trustingTheNextHop(String setting, Path directory, Issued client) {
        Path authority = OPERATOR.writePem(directory.resolve("operator-ca.crt"));
        if (client == null) {
            return List.of(setting + "=next-hop", "spring.ssl.bundle.pem.next-hop.truststore.certificate=file:" + authority);
        }
        TestCertificates.Pem pem = client.writePem(directory, "client");
        return List.of(setting + "=next-hop", "spring.ssl.bundle.pem.next-hop.truststore.certificate=file:" + authority,
                "spring.ssl.bundle.pem.next-hop.keystore.certificate=file:" + pem.certificate(),
                "spring.ssl.bundle.pem.next-hop.keystore.private-key=file:" + pem.privateKey());
    }

    /** Chromium's argument that trusts exactly these servers' keys (as a browser of a managed fleet would be told to). */
    static String chromiumTrusting(Issued... servers) {
        StringBuilder hashes = new StringBuilder();
        for (Issued server : servers) {
            try {
                byte[] spki = MessageDigest.getInstance("SHA-256").digest(server.certificate().getPublicKey().getEncoded());
                hashes.append(hashes.isEmpty() ? "" : ",").append(Base64.getEncoder().encodeToString(spki));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return "--ignore-certificate-errors-spki-list=" + hashes;
    }
}
