package io.smartstore.store.queue;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.staff.StaffUsers;
import io.smartstore.support.staff.company.SignedInName;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The signed-in person acting on the queue, built the one way the floor's page and its API share: their account,
 * the name customers see (the company's name for them, else their account's), whether they are a manager (who may
 * act on any ticket), and when calling, their desk and spheres.
 */
@Component
public class SignedInAdvisers {

    private final AdviserDuty duty;
    private final StaffUsers staff;

    SignedInAdvisers(AdviserDuty duty, StaffUsers staff) {
        this.duty = duty;
        this.staff = staff;
    }

    /** Who acts on a ticket. */
    public Ticket.Actor actor(Authentication signedIn) {
        return new Ticket.Actor(signedIn.getName(), signedIn.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_MANAGER")));
    }

    /**
     * Who calls: at the desk they name (null: their duty's), for their duty's spheres (all when off duty); refused
     * without a desk.
     */
    public Tickets.Caller caller(Authentication signedIn, String desk) {
        var onDuty = duty.of(signedIn.getName());
        String at = desk != null && !desk.isBlank() ? desk.strip() : onDuty.map(AdviserDuty.Duty::desk).orElse(null);
        if (at == null) {
            throw new Refusal(ProblemCode.INVALID_CALL, "A call needs a desk: go on duty or name one");
        }
        List<String> spheres = onDuty.map(AdviserDuty.Duty::spheres).orElse(List.of());
        return new Tickets.Caller(signedIn.getName(), SignedInName.of(signedIn.getPrincipal(), signedIn.getName(), staff), at, spheres);
    }
}
