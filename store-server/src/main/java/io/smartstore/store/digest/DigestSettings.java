package io.smartstore.store.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.util.List;

/**
 * {@code smartstore.digest.*}: when the morning e-mail goes ({@code time}, the store's local
 * time, default 08:00) and to whom ({@code recipients}; empty means every active manager with
 * an e-mail address). Without {@code spring.mail.host} no e-mail is sent.
 *
 * @param time when yesterday's summary is e-mailed, the store's local time
 * @param recipients who gets it (empty: every active manager with an e-mail address)
 */
@ConfigurationProperties("smartstore.digest")
public record DigestSettings(@DefaultValue("08:00") LocalTime time, @DefaultValue List<String> recipients) {
}
