package io.smartstore.support.production;

import io.smartstore.protocol.token.DeviceTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's secrets known by their SHA-256 only ({@code META-INF/smartstore/demo-secrets.sha256}):
 * production can refuse them although the jar does not hold them. A list value (keys) is
 * refused when any of its entries is the demo's.
 */
public record DemoSecrets(Set<String> fingerprints) {

    public static final String RESOURCE = "META-INF/smartstore/demo-secrets.sha256";

    public static DemoSecrets load() {
        try (InputStream in = DemoSecrets.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new DemoSecrets(lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(Collectors.toUnmodifiableSet()));
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read " + RESOURCE, unreadable);
        }
    }

    public boolean isDemoValue(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (fingerprints.contains(DeviceTokens.hash(value.strip()))) {
            return true;
        }
        for (String entry : value.split(",")) {
            if (!entry.isBlank() && fingerprints.contains(DeviceTokens.hash(entry.strip()))) {
                return true;
            }
        }
        return false;
    }
}
