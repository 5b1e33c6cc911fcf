package io.smartstore.store;

import io.smartstore.support.apidocs.ApiDocsInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** What the store's OpenAPI document says of itself, and its tags: one per feature package (app-support's ApiDocumentation). */
@Configuration(proxyBeanMethods = false)
class StoreApiDocs {

    @Bean
    ApiDocsInfo storeApiDocsInfo() {
        return new ApiDocsInfo("Smart Store — store server API",
                "A shop's server: its kiosks recognise customers, take tickets and send answers; its advisers run the floor; its manager "
                        + "reads the day; its admin imports the CRM, enrols kiosks and subscribes webhooks. Version 1 only grows "
                        + "(docs/api-changelog.md). Refusals are problem details (RFC 9457) with a stable `code`.",
                "kiosk", "localhost:8081", Map.ofEntries(
                        Map.entry("recognition", "A kiosk recognises a customer from a card, an NFC tag or the app's QR code, or records a session without."),
                        Map.entry("queue", "Tickets: taken at the kiosk, followed on its screen and on the phone."),
                        Map.entry("floor", "The advisers' floor: going on duty, calling, serving and finishing tickets, a ticket's customer recognised at the desk and their context."),
                        Map.entry("texts", "Texts to a customer when it is their turn."),
                        Map.entry("feedback", "Answers from the kiosks' outboxes, and links to answer later on a phone."),
                        Map.entry("followups", "Detractors to call back: taken, contacted, closed."),
                        Map.entry("scores", "The manager's day and the store's trend."),
                        Map.entry("customers", "The CRM's customers: import, a customer's data, erasure."),
                        Map.entry("kiosks", "Enrolling and revoking kiosks."),
                        Map.entry("fleet", "The kiosks' heartbeats and states."),
                        Map.entry("webhooks", "Subscriptions of other systems to the store's events, and their delivery logs."),
                        Map.entry("staff", "Staff accounts."),
                        Map.entry("audit", "Who did what, when, from where."),
                        Map.entry("backup", "Online backups of the running database.")));
    }
}
