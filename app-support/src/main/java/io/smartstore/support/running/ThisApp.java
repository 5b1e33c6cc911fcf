package io.smartstore.support.running;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;

import java.time.Clock;
import java.time.Instant;

/** What this app runs (its build's version; {@code dev} outside a build) and since when: what it tells the fleet. */
public class ThisApp {

    private final String version;
    private final Instant startedAt;

    public ThisApp(ObjectProvider<BuildProperties> build, Clock clock) {
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null || properties.getVersion() == null ? "dev" : properties.getVersion();
        this.startedAt = clock.instant();
    }

    public String version() {
        return version;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
