package io.smartstore.store.queue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Who is on the floor now: the advisers who said so, at a desk, for some spheres. Nobody is on duty by configuration.
 * The waits change with who is on the floor: each change is a {@link QueueChanged}.
 */
@Service
public class AdviserDuty {

    private final DutyRepository duties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AdviserDuty(DutyRepository duties, Clock clock, ApplicationEventPublisher events) {
        this.duties = duties;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void onDuty(String username, String desk, List<String> spheres) {
        duties.delete(username);
        duties.insert(username, desk, clock.instant(), spheres.stream().distinct().toList());
        events.publishEvent(new QueueChanged(null));
    }

    @Transactional
    public void offDuty(String username) {
        duties.delete(username);
        events.publishEvent(new QueueChanged(null));
    }

    public Optional<Duty> of(String username) {
        return duties.find(username);
    }

    /** The advisers on duty now who serve this sphere. */
    public int countServing(String sphere) {
        return duties.countServing(sphere);
    }

    public int count() {
        return duties.count();
    }

    /** An adviser on duty: where, and for which spheres. */
    public record Duty(String username, String desk, List<String> spheres) {
    }
}
