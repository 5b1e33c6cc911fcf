package io.smartstore.support.staff.company;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code smartstore.staff.oidc.*}: which claims of the company's tokens name a person's roles
 * (default {@code roles}) and the stores they may open (default {@code stores}: store ids, or {@code *}).
 */
@Validated
@ConfigurationProperties("smartstore.staff.oidc")
public record CompanySettings(@NotBlank @DefaultValue("roles") String rolesClaim,
                              @NotBlank @DefaultValue("stores") String storesClaim) {
}
