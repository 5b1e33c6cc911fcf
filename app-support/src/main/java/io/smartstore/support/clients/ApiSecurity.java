package io.smartstore.support.clients;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ProblemResponses;
import io.smartstore.support.security.Endpoints;
import io.smartstore.support.security.OperationAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API's filter chain, the same in every app: enrolled clients by bearer token, staff
 * scripts by HTTP Basic, health and the API docs open, everything else by the app's rules.
 * The API is stateless, so CSRF protection (a browser-session defence) does not apply to it;
 * a missing or wrong credential is a 401 and a wrong role a 403, both as problem details; an
 * address no endpoint answers is a 404 for every caller. With the company's provider configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), its bearer JWTs are taken too.
 */
public final class ApiSecurity {

    private ApiSecurity() {
    }

    /** The staff sign-in throttle (bean {@code signInThrottle}), or a filter that passes everything on in an app without staff. */
    private static jakarta.servlet.Filter throttle(HttpSecurity http) {
        var context = http.getSharedObject(org.springframework.context.ApplicationContext.class);
        return context.containsBean("signInThrottle") ? context.getBean("signInThrottle", jakarta.servlet.Filter.class)
                : (request, response, chain) -> chain.doFilter(request, response);
    }

    /** Who a company JWT names, with their roles: the bean {@code companyTokens} (the staff's company sign-in). */
    @SuppressWarnings("unchecked")
    private static org.springframework.core.convert.converter.Converter<org.springframework.security.oauth2.jwt.Jwt,
            org.springframework.security.authentication.AbstractAuthenticationToken> companyPeople(org.springframework.context.ApplicationContext context) {
        return context.getBean("companyTokens", org.springframework.core.convert.converter.Converter.class);
    }

    /**
     * The chain for an app whose {@code clients} call with bearer tokens and get {@code clientRole}; each operation is
     * granted by its {@link io.smartstore.support.security.CalledBy}, the actuator's addresses to {@code operatorRoles}.
     */
    public static SecurityFilterChain chain(HttpSecurity http, EnrolledClients clients, String clientRole,
                                            ObjectProvider<SecurityContextHolderStrategy> strategy, String... operatorRoles)
            throws Exception {
        var context = http.getSharedObject(org.springframework.context.ApplicationContext.class);
        JwtDecoder companyTokens = context.getBeanProvider(JwtDecoder.class).getIfAvailable();
        BearerTokenFilter bearer = new BearerTokenFilter(clients, clientRole,
                strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), companyTokens != null);
        if (companyTokens != null) {
            var bearerTokens = new org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server
                    // only JWTs are the provider's: an enrolled client's token is left to the enrolled clients' filter
                    .bearerTokenResolver(request -> {
                        String token = bearerTokens.resolve(request);
                        return token != null && BearerTokenFilter.looksLikeAJwt(token) ? token : null;
                    })
                    .jwt(jwt -> jwt.decoder(companyTokens).jwtAuthenticationConverter(companyPeople(context)))
                    .authenticationEntryPoint((request, response, e) -> {
                        response.setHeader(org.springframework.http.HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"smartstore\", error=\"invalid_token\"");
                        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ProblemCode.UNAUTHENTICATED, "The bearer token was refused: " + e.getMessage());
                    }));
        }
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(new UnmappedApiPath(http.getSharedObject(org.springframework.context.ApplicationContext.class))).permitAll()
                            .requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll()
                            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    auth.anyRequest().access(new OperationAccess(new Endpoints(context), clientRole, operatorRoles));
                })
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterBefore(throttle(http), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ProblemCode.UNAUTHENTICATED, "Credentials are missing or wrong")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ProblemCode.UNAUTHENTICATED, "Credentials are missing or wrong"))
                        .accessDeniedHandler((request, response, e) ->
                                ProblemResponses.write(response, HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN, "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        io.smartstore.support.http.EagerSecurityHeaders.apply(http); // a streamed answer (a backup) ends on another thread
        return http.build();
    }
}
