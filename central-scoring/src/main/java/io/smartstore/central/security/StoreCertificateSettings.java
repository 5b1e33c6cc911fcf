package io.smartstore.central.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smartstore.stores.client-certificate}: {@code OFF} (default: a store's token is enough)
 * or {@code REQUIRED} (a store must also present the TLS client certificate it is bound to).
 *
 * @param clientCertificate OFF (a store's token is enough) or REQUIRED (a store must also present the TLS client
 *                          certificate it is bound to)
 */
@ConfigurationProperties("smartstore.stores")
record StoreCertificateSettings(@DefaultValue("OFF") Policy clientCertificate) {

    enum Policy { OFF, REQUIRED }
}
