package io.smartstore.store;

import io.smartstore.support.SupportConfiguration;
import io.smartstore.support.apidocs.ApiDocumentation;
import io.smartstore.support.audit.AuditZone;
import io.smartstore.support.backup.BackupConfiguration;
import io.smartstore.support.staff.signin.EnableStaffPages;
import io.smartstore.support.webhooks.WebhookConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What a shop's server takes from app-support: the web edge and clients, online backups, webhooks, the API document's
 * curation and the staff pages. A configuration of its own, not the application class's annotations: a test slice
 * ({@code @WebMvcTest}) then leaves it out, with the database it needs.
 */
@Configuration(proxyBeanMethods = false)
@Import({SupportConfiguration.class, BackupConfiguration.class, WebhookConfiguration.class, ApiDocumentation.class})
@EnableStaffPages
class StoreFeatures {

    /** The audit trail is read by the store's own days, as every other page of the store. */
    @Bean
    AuditZone auditZone(StoreSettings settings) {
        return new AuditZone(settings.store().zone());
    }
}
