package io.smartstore.support.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real certificates made in a test: an authority, and servers and clients it signs (valid
 * now, expired, or for another host name), written as PEM files for Spring Boot's SSL bundles
 * and usable as a JDK {@link SSLContext} for the test's own servers and clients.
 */
public final class TestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A certificate authority: it signs the others. */
    public record Authority(String name, KeyPair keys, X509Certificate certificate) {

        public static Authority create(String name) {
            KeyPair keys = keyPair();
            X500Name subject = new X500Name("CN=" + name);
            Instant now = Instant.now();
            try {
                JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(Duration.ofDays(365))), subject, keys.getPublic());
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                return new Authority(name, keys, sign(builder, keys));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A server certificate for {@code localhost} and 127.0.0.1, valid now. */
        public Issued server() {
            return issue("localhost", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), true, "localhost");
        }

        /** A server certificate for other host names only. */
        public Issued serverFor(String host) {
            return issue(host, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), true, host);
        }

        /** A server certificate for {@code localhost} that expired yesterday. */
        public Issued expiredServer() {
            return issue("localhost", Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)), true, "localhost");
        }

        /** A client certificate (TLS client authentication) for {@code name}. */
        public Issued client(String name) {
            return issue(name, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), false, null);
        }

        public Path writePem(Path file) {
            return write(file, pem(certificate));
        }

        private Issued issue(String commonName, Instant from, Instant until, boolean server, String host) {
            KeyPair subjectKeys = keyPair();
            try {
                JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                        serial(), Date.from(from), Date.from(until), new X500Name("CN=" + commonName), subjectKeys.getPublic());
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(server ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
                if (host != null) {
                    GeneralName[] names = host.equals("localhost")
                            ? new GeneralName[]{new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}
                            : new GeneralName[]{new GeneralName(GeneralName.dNSName, host)};
                    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
                }
                return new Issued(subjectKeys, sign(builder, keys), this);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A certificate and its private key, with the authority that signed it. */
    public record Issued(KeyPair keys, X509Certificate certificate, Authority issuer) {

        /** Writes {@code <name>.crt} (the certificate, then its issuer's) and {@code <name>.key} into {@code directory}. */
        public Pem writePem(Path directory, String name) {
            Path certificateFile = write(directory.resolve(name + ".crt"), pem(certificate) + pem(issuer.certificate()));
            Path keyFile = write(directory.resolve(name + ".key"), pem(keys.getPrivate()));
            return new Pem(certificateFile, keyFile);
        }

        /** Lower-case hex of the DER certificate's SHA-256, as central binds a store to it. */
        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A JDK context that presents this certificate (a server's, or a client's) and trusts {@code trusted}. */
        public SSLContext context(Authority trusted) {
            try {
                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                keyStore.load(null, null);
                keyStore.setKeyEntry("me", keys.getPrivate(), new char[0], new java.security.cert.Certificate[]{certificate, issuer.certificate()});
                KeyManagerFactory keysFactory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keysFactory.init(keyStore, new char[0]);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keysFactory.getKeyManagers(), trusting(trusted).getTrustManagers(), null);
                return context;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Where an issued certificate's PEM files are. */
    public record Pem(Path certificate, Path privateKey) {
    }

    /** A JDK context that trusts {@code authority} and presents nothing. */
    public static SSLContext trustingOnly(Authority authority) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trusting(authority).getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrustManagerFactory trusting(Authority authority) throws GeneralSecurityException, IOException {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        trustStore.setCertificateEntry(authority.name(), authority.certificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trustStore);
        return factory;
    }

    private TestCertificates() {
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair signer) {
        try {
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object instanceof java.security.PrivateKey key
                    ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null) : object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, content);
            return Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
