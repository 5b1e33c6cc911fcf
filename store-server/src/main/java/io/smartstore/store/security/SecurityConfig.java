package io.smartstore.store.security;

import io.smartstore.support.BootstrapSettings;
import io.smartstore.support.clients.ApiSecurity;
import io.smartstore.support.clients.ClientBootstrap;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.staff.StaffRoles;
import io.smartstore.support.staff.company.ShopScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import java.util.List;

/** Who may call the store: its enrolled kiosks by bearer token (role KIOSK), staff by password and role. */
@Configuration
@EnableConfigurationProperties(BootstrapSettings.class)
class SecurityConfig {

    /** The kiosks enrolled in this store. */
    @Bean
    EnrolledClients kiosks(JdbcClient jdbc, Clock clock, io.smartstore.support.audit.AuditTrail audit) {
        return new EnrolledClients(jdbc, clock, "KIOSK", audit, io.smartstore.support.audit.AuditAction.KIOSK_ENROLLED, io.smartstore.support.audit.AuditAction.KIOSK_REVOKED);
    }

    @Bean
    StaffRoles staffRoles() {
        return new StaffRoles(List.of(Roles.ADVISER, Roles.MANAGER, Roles.ADMIN));
    }

    /** Company sign-in admits only people whose stores claim holds this store. */
    @Bean
    ShopScope shopScope(io.smartstore.store.StoreSettings settings) {
        return new ShopScope(settings.store().id());
    }

    /** {@code smartstore.bootstrap.kiosk-token}: kiosk {@code kiosk-1} enrolled at start. */
    @Bean
    ClientBootstrap firstKiosk(EnrolledClients kiosks, BootstrapSettings bootstrap) {
        return new ClientBootstrap(kiosks, "kiosk-1", bootstrap.kioskToken());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, EnrolledClients kiosks, ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        return ApiSecurity.chain(http, kiosks, Roles.KIOSK, strategy, auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/v1/queue").hasAnyRole(Roles.ADVISER, Roles.MANAGER)
                .requestMatchers("/api/v1/queue/next", "/api/v1/queue/*/call", "/api/v1/queue/*/recall", "/api/v1/queue/*/start",
                        "/api/v1/queue/*/no-show", "/api/v1/queue/*/transfer", "/api/v1/queue/*/finish", "/api/v1/queue/*/customer", "/api/v1/queue/*/identify",
                        "/api/v1/advisers/**", "/api/v1/follow-ups", "/api/v1/follow-ups/**").hasAnyRole(Roles.ADVISER, Roles.MANAGER)
                .requestMatchers("/api/v1/staff", "/api/v1/staff/**").hasRole(Roles.ADMIN)
                .requestMatchers("/api/v1/identifications", "/api/v1/sessions", "/api/v1/feedback",
                        "/api/v1/queue/*", "/api/v1/queue/*/texts", "/api/v1/queue", "/api/v1/surveys", "/api/v1/heartbeats").hasRole(Roles.KIOSK)
                .requestMatchers("/api/v1/admin/**", "/api/v1/audit", "/api/v1/customers/**", "/api/v1/webhooks", "/api/v1/webhooks/**").hasRole(Roles.ADMIN)
                .requestMatchers("/api/v1/scores/**").hasAnyRole(Roles.MANAGER, Roles.ADMIN)
                .anyRequest().hasAnyRole(Roles.ADMIN, Roles.MANAGER));
    }
}
