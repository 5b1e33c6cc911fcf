package io.smartstore.support.staff.company;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Scripts' bearer JWTs from the company's provider: checked against its issuer (signature,
 * issuer, expiry) and this shop (the stores claim), then named and given their roles as a person
 * signed in by the provider would be.
 */
public final class CompanyTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final CompanyClaims claims;

    public CompanyTokens(CompanyClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, claims.authorities(jwt.getClaims()), claims.username(jwt.getClaims()));
    }

    /**
     * A decoder for the provider at {@code issuer}: its keys are fetched on the first token, so
     * the app starts while the provider is away.
     */
    public JwtDecoder decoder(String issuer) {
        OAuth2TokenValidator<Jwt> thisShop = jwt -> claims.opensThisShop(jwt.getClaims()) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token does not open this shop", null));
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), thisShop));
            return decoder;
        });
    }
}
