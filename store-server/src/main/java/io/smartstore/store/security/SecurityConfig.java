package io.smartstore.store.security;

import io.smartstore.store.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Kiosks call with their bearer token (role KIOSK); staff scripts with HTTP Basic.
 * The API is stateless, so CSRF protection (a browser-session defence) does not apply to it.
 */
@Configuration
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Kiosks kiosks,
                            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/v1/queue/next").hasAnyRole(Roles.ADVISER, Roles.MANAGER)
                        .requestMatchers("/api/v1/identifications", "/api/v1/sessions", "/api/v1/feedback",
                                "/api/v1/queue/**", "/api/v1/queue", "/api/v1/surveys").hasRole(Roles.KIOSK)
                        .requestMatchers("/api/v1/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/api/v1/scores/**").hasAnyRole(Roles.MANAGER, Roles.ADMIN)
                        .anyRequest().hasAnyRole(Roles.ADMIN, Roles.MANAGER))
                .addFilterBefore(new KioskTokenFilter(kiosks, contexts), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Credentials are missing or wrong")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Credentials are missing or wrong"))
                        .accessDeniedHandler((request, response, e) ->
                                ProblemResponses.write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The staff's views: form login, a session that times out, CSRF on (Vaadin's defaults). */
    @Bean
    @Order(2)
    SecurityFilterChain views(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
