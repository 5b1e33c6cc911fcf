package io.smartstore.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bootstrap keys of api.md ({@code smartstore.bootstrap.*}): the first admin's password
 * (store and central, when there are no users yet), the token of kiosk {@code kiosk-1} (store),
 * and the store enrolled at start with its token (central). Blank means "do not bootstrap".
 *
 * @param adminPassword the first admin's password, used only while the app has no staff account (blank: no admin made); a secret
 * @param kioskToken at a store: the token of kiosk {@code kiosk-1}, enrolled at start (blank: none); a secret
 * @param storeId at central: the id of the store enrolled at start with {@code store-token}
 * @param storeToken at central: the token of the store enrolled at start (blank: none); a secret
 */
@ConfigurationProperties("smartstore.bootstrap")
public record BootstrapSettings(@DefaultValue("") String adminPassword, @DefaultValue("") String kioskToken,
                                @DefaultValue("FR-PARIS-01") String storeId, @DefaultValue("") String storeToken) {
}
