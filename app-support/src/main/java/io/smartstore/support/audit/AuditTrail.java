package io.smartstore.support.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Records who did what, when and from where (kept by {@link AuditEvents}), and lists it for
 * admins. The actor is the signed-in person (or the enrolled client); the address comes from
 * the request being served. What is recorded names its target (a day, a customer's reference,
 * an account) but never its content: no comment, no card, no password. Kept
 * {@code smartstore.retention.audit} (13 months by default), forgotten each night after that.
 */
public class AuditTrail {

    private final AuditEvents events;
    private final Clock clock;
    private final AuditSettings settings;
    private final SecurityContextHolderStrategy contexts;
    private final java.time.ZoneId zone;

    /**
     * {@code contexts}: the security chains' own strategy (Vaadin's, in an app with views), where the signed-in person
     * is; {@code days}: whose days it is read by.
     */
    public AuditTrail(AuditEvents events, Clock clock, AuditSettings settings, SecurityContextHolderStrategy contexts, AuditZone days) {
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.contexts = contexts;
        this.zone = days.zone();
    }

    /** The zone whose days {@link #onDays} reads by. */
    public java.time.ZoneId zone() {
        return zone;
    }

    /** Today, in the trail's zone. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(zone));
    }

    /** What happened from the first day to the last (both included, the app's own days), oldest first; by one actor when given. */
    public List<AuditEntry> onDays(java.time.LocalDate first, java.time.LocalDate last, String actor) {
        return between(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), actor);
    }

    public void record(AuditAction action, String target) {
        events.add(new AuditEntry(clock.instant(), actor(), action.name(), clip(target), address()));
    }

    /** What happened from {@code from} (inclusive) to {@code to} (exclusive), oldest first; by one actor when given. */
    public List<AuditEntry> between(Instant from, Instant to, String actor) {
        return events.between(from, to, actor);
    }

    /** Forgets what is older than the retention period. */
    @Scheduled(cron = "0 40 3 * * *")
    public int forget() {
        Instant limit = clock.instant().atOffset(ZoneOffset.UTC).minus(settings.audit()).toInstant();
        return events.deleteBefore(limit);
    }

    private String actor() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication == null ? "system" : clip(authentication.getName());
    }

    private static String address() {
        return RequestAddress.current().or(() -> java.util.Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr))
                .orElse("-");
    }

    private static String clip(String text) {
        return text == null ? null : text.length() <= 200 ? text : text.substring(0, 200);
    }
}
