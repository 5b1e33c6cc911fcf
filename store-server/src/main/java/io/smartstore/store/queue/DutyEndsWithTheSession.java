package io.smartstore.store.queue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Signing out, or a session that expires, takes the adviser off duty: nobody stays "on the floor" by accident. */
@Configuration
class DutyEndsWithTheSession {

    private final AdviserDuty duty;

    DutyEndsWithTheSession(AdviserDuty duty) {
        this.duty = duty;
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent ended) {
        for (SecurityContext context : ended.getSecurityContexts()) {
            if (context.getAuthentication() != null) {
                duty.offDuty(context.getAuthentication().getName());
            }
        }
    }
}
