package io.smartstore.central;

import io.smartstore.support.apidocs.ApiDocsInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** What central's OpenAPI document says of itself, and its tags: one per feature package (app-support's ApiDocumentation). */
@Configuration(proxyBeanMethods = false)
class CentralApiDocs {

    @Bean
    ApiDocsInfo centralApiDocsInfo() {
        return new ApiDocsInfo("Smart Store — central scoring API",
                "Headquarters: stores relay their answers, sessions and fleet reports; analysts read NPS by country and segment weighted "
                        + "by customers, leadership, rankings and recognition; admins provision stores and upload customer bases and "
                        + "benchmarks. Version 1 only grows (docs/api-changelog.md). Refusals are problem details (RFC 9457) with a stable `code`.",
                "store", "localhost:8082", Map.ofEntries(
                        Map.entry("responses", "Scored answers relayed by the stores."),
                        Map.entry("recognition", "Stores' daily sessions, and the recognition rate."),
                        Map.entry("scores", "NPS by country and segment, and over time."),
                        Map.entry("leadership", "Competitors' NPS, and leadership against them."),
                        Map.entry("stores", "Provisioning stores, and their ranking."),
                        Map.entry("customerbase", "Customers per segment: the weights of each country's NPS."),
                        Map.entry("tokens", "Customers' app tokens (standing in for the operator's app backend)."),
                        Map.entry("fleet", "Every store and its kiosks, as the stores report them."),
                        Map.entry("webhooks", "Subscriptions of other systems to central's events, and their delivery logs."),
                        Map.entry("staff", "Staff accounts."),
                        Map.entry("audit", "Who did what, when, from where."),
                        Map.entry("backup", "Online backups of the running database.")));
    }
}
