package io.smartstore.central.security;

import io.smartstore.central.stores.ProvisionedStores;
import io.smartstore.support.BootstrapSettings;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.support.clients.ApiSecurity;
import io.smartstore.support.clients.ClientBootstrap;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.staff.StaffRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import java.util.List;

/** Who may call central: its enrolled stores by bearer token (role STORE), headquarters staff by password and role. */
@Configuration
@EnableConfigurationProperties({BootstrapSettings.class, StoreCertificateSettings.class})
class SecurityConfig {

    /** The stores enrolled at central. */
    @Bean
    EnrolledClients stores(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        return new EnrolledClients(new io.smartstore.support.clients.ClientTable(jdbc, "STORE_CLIENT"), clock, audit, AuditAction.STORE_PROVISIONED, AuditAction.STORE_REVOKED);
    }

    @Bean
    StaffRoles staffRoles() {
        return new StaffRoles(List.of(Roles.ANALYST, Roles.ADMIN));
    }

    /** {@code smartstore.bootstrap.store-id} and {@code …store-token}: a store enrolled at start. */
    @Bean
    ClientBootstrap firstStore(EnrolledClients stores, BootstrapSettings bootstrap) {
        return new ClientBootstrap(stores, bootstrap.storeId(), bootstrap.storeToken());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, EnrolledClients stores, ObjectProvider<SecurityContextHolderStrategy> strategy,
                            ProvisionedStores provisioned, StoreCertificateSettings certificates) throws Exception {
        if (certificates.clientCertificate() == StoreCertificateSettings.Policy.REQUIRED) {
            http.addFilterAfter(new ClientCertificateCheck(provisioned, strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                    BasicAuthenticationFilter.class);
        }
        return ApiSecurity.chain(http, stores, Roles.STORE, strategy, Roles.ADMIN);
    }
}
