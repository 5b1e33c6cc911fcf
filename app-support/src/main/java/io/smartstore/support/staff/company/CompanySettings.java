package io.smartstore.support.staff.company;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code smartstore.staff.oidc.*}: which claims of the company's tokens name a person's roles
 * (default {@code roles}) and the stores they may open (default {@code stores}: store ids, or {@code *}).
 *
 * @param rolesClaim the claim of the company's tokens that lists a person's roles (ADVISER, MANAGER, ADMIN at a store;
 *                   ANALYST, ADMIN at central)
 * @param storesClaim the claim that lists the store ids a person may open at a store ({@code *}: every store)
 */
@Validated
@ConfigurationProperties("smartstore.staff.oidc")
public record CompanySettings(@NotBlank @DefaultValue("roles") String rolesClaim,
                              @NotBlank @DefaultValue("stores") String storesClaim) {
}
