package io.smartstore.support.staff.company;

import io.smartstore.support.staff.StaffRoles;
import io.smartstore.support.testing.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.BadJwtException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scripts' tokens from a real provider started here: taken for this shop, refused for another, expired or from elsewhere. */
class CompanyTokensTest {

    static TestIdentityProvider provider;
    static TestIdentityProvider elsewhere;
    final CompanyTokens tokens = new CompanyTokens(new CompanyClaims(new CompanySettings("roles", "stores"),
            new StaffRoles(List.of("ADVISER", "MANAGER", "ADMIN")), Optional.of(new ShopScope("FR-PARIS-01"))));

    @BeforeAll
    static void start() {
        provider = TestIdentityProvider.start()
                .script("nightly-report", "report-secret", List.of("MANAGER"), List.of("FR-PARIS-01"))
                .script("lyon-report", "lyon-secret", List.of("MANAGER"), List.of("FR-LYON-02"));
        elsewhere = TestIdentityProvider.start().script("nightly-report", "report-secret", List.of("MANAGER"), List.of("*"));
    }

    @AfterAll
    static void stop() {
        provider.close();
        elsewhere.close();
    }

    @Test
    void aScriptsTokenForThisShopGivesItsRolesAndName() {
        JwtDecoder decoder = tokens.decoder(provider.issuer());
        var who = tokens.convert(decoder.decode(provider.clientCredentialsToken("nightly-report", "report-secret")));
        assertThat(who.getName()).isEqualTo("nightly-report");
        assertThat(who.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MANAGER");
    }

    @Test
    void aTokenForAnotherShopAnExpiredOneAndOneFromAnotherProviderAreRefused() {
        JwtDecoder decoder = tokens.decoder(provider.issuer());
        assertThatThrownBy(() -> decoder.decode(provider.clientCredentialsToken("lyon-report", "lyon-secret")))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("does not open this shop");
        String expired = provider.signedToken("nightly-report", List.of("MANAGER"), List.of("FR-PARIS-01"),
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> decoder.decode(elsewhere.clientCredentialsToken("nightly-report", "report-secret")))
                .isInstanceOf(BadJwtException.class);
    }
}
