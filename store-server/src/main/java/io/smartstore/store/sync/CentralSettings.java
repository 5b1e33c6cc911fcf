package io.smartstore.store.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where and how the store forwards to central ({@code smartstore.central.*}): its URL (blank:
 * this store forwards nothing), the store's token, and how often the day's session counts go
 * ({@code sessions-interval}, default one minute), and the SSL bundle that says which central
 * to trust and which client certificate to present ({@code ssl-bundle}; blank: the JDK's trust); how long the store
 * waits for central's answer to a batch before it tries again later ({@code read-timeout}, default 30 s).
 *
 * @param url central's address (blank: this store forwards nothing)
 * @param token the store's token at central; a secret
 * @param sessionsInterval how often the day's kiosk session counts go to central
 * @param sslBundle the SSL bundle that says which central to trust and which client certificate to present (blank: the JDK's trust)
 * @param readTimeout how long the relay waits for central's answer to a batch before it tries again later
 */
@ConfigurationProperties("smartstore.central")
record CentralSettings(@DefaultValue("") String url, @DefaultValue("") String token, @DefaultValue("1m") Duration sessionsInterval,
                       @DefaultValue("") String sslBundle, @DefaultValue("30s") Duration readTimeout) {

    static final String SSL_BUNDLE = "smartstore.central.ssl-bundle";
}
