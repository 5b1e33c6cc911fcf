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
        return new EnrolledClients(new io.smartstore.support.clients.ClientTable(jdbc, "KIOSK"), clock, audit, io.smartstore.support.audit.AuditAction.KIOSK_ENROLLED, io.smartstore.support.audit.AuditAction.KIOSK_REVOKED);
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
        return ApiSecurity.chain(http, kiosks, Roles.KIOSK, strategy, Roles.ADMIN, Roles.MANAGER);
    }
}
