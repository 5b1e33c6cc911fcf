package io.smartstore.store.queue;

import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.support.problems.ApiProblem;
import io.smartstore.support.staff.StaffUsers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * The adviser's floor (api.md), the adviser being the signed-in user: the queue, going on
 * duty, calling the next ticket (or a chosen one) and taking a ticket through its life.
 */
@RestController
class FloorController {

    static final Set<String> OUTCOMES = Set.of("RESOLVED", "FOLLOW_UP", "SALE", "REDIRECTED");
    private final Tickets tickets;
    private final AdviserDuty duty;
    private final StaffUsers staff;

    FloorController(Tickets tickets, AdviserDuty duty, StaffUsers staff) {
        this.tickets = tickets;
        this.duty = duty;
        this.staff = staff;
    }

    @GetMapping("/api/v1/queue")
    Floor floor() {
        return tickets.floor();
    }

    @PutMapping("/api/v1/advisers/me/duty")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void duty(@RequestBody DutyRequest request, Authentication adviser) {
        if (request == null || !request.onDuty()) {
            duty.offDuty(adviser.getName());
            return;
        }
        if (!isDesk(request.desk()) || request.spheres() == null || request.spheres().isEmpty()
                || !request.spheres().stream().allMatch(BatchValidation::isLabel)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_DUTY, "On duty needs a desk (1 to 16 characters) and the spheres served");
        }
        duty.onDuty(adviser.getName(), request.desk(), request.spheres());
    }

    @PostMapping("/api/v1/queue/next")
    QueueTicket callNext(@RequestBody(required = false) CallRequest request, Authentication adviser) {
        return tickets.callNext(caller(request, adviser))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.QUEUE_EMPTY, "Nobody is waiting"));
    }

    @PostMapping("/api/v1/queue/{ticket}/call")
    QueueTicket call(@PathVariable String ticket, @RequestBody(required = false) CallRequest request, Authentication adviser) {
        return tickets.call(ticket, caller(request, adviser));
    }

    @PostMapping("/api/v1/queue/{ticket}/recall")
    QueueTicket recall(@PathVariable String ticket, Authentication adviser) {
        return tickets.step(ticket, TicketState.Step.RECALL, actor(adviser), null, null, null);
    }

    @PostMapping("/api/v1/queue/{ticket}/start")
    QueueTicket start(@PathVariable String ticket, Authentication adviser) {
        return tickets.step(ticket, TicketState.Step.START, actor(adviser), null, null, null);
    }

    @PostMapping("/api/v1/queue/{ticket}/no-show")
    QueueTicket noShow(@PathVariable String ticket, Authentication adviser) {
        return tickets.step(ticket, TicketState.Step.NO_SHOW, actor(adviser), null, null, null);
    }

    @PostMapping("/api/v1/queue/{ticket}/transfer")
    QueueTicket transfer(@PathVariable String ticket, @RequestBody TransferRequest request, Authentication adviser) {
        if (request == null || !BatchValidation.isLabel(request.sphere())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_CALL, "A transfer names the sphere, such as WORK");
        }
        return tickets.step(ticket, TicketState.Step.TRANSFER, actor(adviser), request.sphere(), null, null);
    }

    @PostMapping("/api/v1/queue/{ticket}/finish")
    QueueTicket finish(@PathVariable String ticket, @RequestBody FinishRequest request, Authentication adviser) {
        if (request == null || request.outcome() == null || !OUTCOMES.contains(request.outcome()) || request.note() != null && request.note().length() > 500) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_CALL,
                    "A visit ends RESOLVED, FOLLOW_UP, SALE or REDIRECTED, with a note of at most 500 characters");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        return tickets.step(ticket, TicketState.Step.FINISH, actor(adviser), null, request.outcome(), note);
    }

    /** The desk and spheres of the request, else of the adviser's duty; all spheres when neither names any. */
    private Tickets.Caller caller(CallRequest request, Authentication adviser) {
        var onDuty = duty.of(adviser.getName());
        String desk = request != null && request.desk() != null ? request.desk() : onDuty.map(AdviserDuty.Duty::desk).orElse(null);
        if (!isDesk(desk)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_CALL, "A call needs a desk: go on duty or name one");
        }
        List<String> spheres = onDuty.map(AdviserDuty.Duty::spheres).orElse(List.of());
        return new Tickets.Caller(adviser.getName(), staff.displayNameOf(adviser.getName()), desk, spheres);
    }

    private static Tickets.Actor actor(Authentication adviser) {
        return new Tickets.Actor(adviser.getName(), adviser.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_MANAGER")));
    }

    private static boolean isDesk(String desk) {
        return desk != null && !desk.isBlank() && desk.length() <= 16;
    }

    record DutyRequest(boolean onDuty, String desk, List<String> spheres) {
    }

    record CallRequest(String desk) {
    }

    record TransferRequest(String sphere) {
    }

    record FinishRequest(String outcome, String note) {
    }
}
