package io.smartstore.store.texts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code smartstore.sms.*}: the operator's SMS centre, over SMPP 3.4. Without {@code host} no text is sent (the kiosk
 * then offers none). With it, {@code system-id} and {@code password} are the account the centre gave the shop;
 * {@code source-address} is the sender customers see (default {@code SmartStore}); {@code port} defaults to 2775;
 * {@code timeout} bounds a connection and an answer (default 5 s).
 *
 * @param host the operator's SMS centre (SMPP 3.4); unset: no text is sent and the kiosk offers none
 * @param port the SMS centre's port
 * @param systemId the shop's account at the SMS centre, at most 15 characters (required with {@code host})
 * @param password the account's password, at most 8 characters; a secret
 * @param systemType the SMPP system type the centre expects, if any
 * @param sourceAddress the sender customers see
 * @param timeout how long a connection and an answer may take
 */
@ConfigurationProperties("smartstore.sms")
public record TextSettings(String host, @DefaultValue("2775") int port, String systemId, String password,
                           @DefaultValue("") String systemType, @DefaultValue("SmartStore") String sourceAddress,
                           @DefaultValue("5s") Duration timeout) {

    public TextSettings {
        if (host != null && !host.isBlank() && (systemId == null || systemId.isBlank())) {
            throw new IllegalStateException("smartstore.sms.system-id must be set with smartstore.sms.host (the account of the SMS centre)");
        }
        if (systemId != null && systemId.length() > 15 || password != null && password.length() > 8) {
            throw new IllegalStateException("smartstore.sms.system-id is at most 15 characters and smartstore.sms.password at most 8 (SMPP 3.4)");
        }
    }

    /** Whether texts can be sent at all. */
    public boolean enabled() {
        return host != null && !host.isBlank();
    }
}
