package io.smartstore.support.staff.signin;

import io.smartstore.support.staff.RememberedPasswords;
import io.smartstore.support.staff.SignInAttempts;
import io.smartstore.support.staff.StaffAccounts;
import io.smartstore.support.staff.StaffAccountsController;
import io.smartstore.support.staff.StaffBootstrap;
import io.smartstore.support.staff.StaffRoles;
import io.smartstore.support.staff.StaffSettings;
import io.smartstore.support.staff.StaffUsers;
import io.smartstore.support.audit.AuditController;
import io.smartstore.support.audit.AuditSettings;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.support.audit.RequestAddress;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.smartstore.support.staff.company.CompanyClaims;
import io.smartstore.support.staff.company.CompanyPeople;
import io.smartstore.support.staff.company.CompanySettings;
import io.smartstore.support.staff.company.CompanySignIn;
import io.smartstore.support.staff.company.CompanyTokens;
import io.smartstore.support.staff.company.ShopScope;
import io.smartstore.support.staff.ui.StaffLoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import io.smartstore.support.BootstrapSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;

/**
 * Staff sign-in for an app's views: accounts, the first admin, and the views' filter chain
 * (form login, a session that times out, CSRF on: Vaadin's defaults). The app declares its
 * {@link StaffRoles}; the pages come with {@link EnableStaffPages}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StaffSettings.class, BootstrapSettings.class, AuditSettings.class, CompanySettings.class})
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity(jsr250Enabled = true) // the services' @RolesAllowed
@org.springframework.context.annotation.Import(io.smartstore.support.problems.MethodSecurityRefusals.class)
public class StaffConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(StaffSettings settings, Clock clock) {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), settings.passwordMemory(), clock);
    }

    @Bean
    StaffUsers staffUsers(JdbcClient jdbc, PasswordEncoder encoder, StaffSettings settings) {
        return new StaffUsers(new io.smartstore.support.staff.StaffUserTable(jdbc), encoder, settings.localAccounts());
    }

    @Bean
    StaffAccounts staffAccounts(StaffUsers users, StaffRoles roles, AuditTrail audit) {
        return new StaffAccounts(users, roles, audit);
    }

    @Bean
    StaffAccountsController staffAccountsController(StaffAccounts accounts) {
        return new StaffAccountsController(accounts);
    }

    @Bean
    StaffBootstrap staffBootstrap(StaffUsers users, StaffRoles roles, BootstrapSettings bootstrap) {
        return new StaffBootstrap(users, roles, bootstrap.adminPassword());
    }

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc, Clock clock, AuditSettings settings, ObjectProvider<io.smartstore.support.audit.AuditZone> days,
                          org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy) {
        return new AuditTrail(new io.smartstore.support.audit.AuditEvents(jdbc), clock, settings,
                strategy.getIfAvailable(org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy),
                days.getIfAvailable(() -> new io.smartstore.support.audit.AuditZone(java.time.ZoneOffset.UTC)));
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }

    /** The requester's address for the audit trail, around every request. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<RequestAddress> requestAddress() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new RequestAddress());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SignInAttempts signInAttempts(Clock clock) {
        return new SignInAttempts(clock);
    }

    /** Not a servlet filter of its own: it runs inside the staff and API chains only. */
    @Bean
    SignInThrottle signInThrottle(SignInAttempts attempts) {
        return new SignInThrottle(attempts);
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SignInThrottle> signInThrottleOutsideTheChains(SignInThrottle throttle) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    CompanyClaims companyClaims(CompanySettings settings, StaffRoles roles, ObjectProvider<ShopScope> shop) {
        return new CompanyClaims(settings, roles, java.util.Optional.ofNullable(shop.getIfAvailable()));
    }

    @Bean
    CompanySignIn companySignIn(ObjectProvider<ClientRegistrationRepository> registrations, CompanyClaims claims) {
        return new CompanySignIn(java.util.Optional.ofNullable(registrations.getIfAvailable()), new CompanyPeople(claims));
    }

    @Bean
    CompanyTokens companyTokens(CompanyClaims claims) {
        return new CompanyTokens(claims);
    }

    /** Scripts' bearer JWTs from the company's provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). */
    @Bean
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
    JwtDecoder companyJwtDecoder(CompanyTokens tokens, @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        return tokens.decoder(issuer);
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffViews(HttpSecurity http, SignInThrottle throttle, CompanySignIn company) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        http.addFilterBefore(throttle, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(CompanySignIn.NOT_FOR_THIS_SHOP_PAGE).permitAll());
        company.apply(http);
        io.smartstore.support.http.EagerSecurityHeaders.apply(http); // before the page: Vaadin commits it past Spring Security
        // an address that is no route: a signed-in person gets the staff layout's "not found" page (Vaadin's own
        // default denies it with a bare 403), someone not signed in the sign-in page; each view still checks its roles
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(StaffLoginView.class)
                            .anyRequest(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
                    company.signedOut().ifPresent(vaadin::logoutSuccessHandler);
                })
                .build();
    }
}
