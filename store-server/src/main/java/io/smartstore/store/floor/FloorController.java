package io.smartstore.store.floor;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.store.queue.AdviserDuty;
import io.smartstore.store.queue.Floor;
import io.smartstore.store.queue.SignedInAdvisers;
import io.smartstore.store.queue.TicketOutcome;
import io.smartstore.store.queue.Tickets;
import io.smartstore.protocol.wire.Formats;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/**
 * The adviser's floor (api.md), the adviser being the signed-in user: the queue, going on
 * duty, calling the next ticket (or a chosen one) and taking a ticket through its life.
 */
@CalledBy(value = Caller.STAFF, roles = {"ADVISER", "MANAGER"})
@RestController
class FloorController {

    private final Tickets tickets;
    private final AdviserDuty duty;
    private final SignedInAdvisers advisers;

    FloorController(Tickets tickets, AdviserDuty duty, SignedInAdvisers advisers) {
        this.tickets = tickets;
        this.duty = duty;
        this.advisers = advisers;
    }

    @Operation(summary = "The floor: today's queue", description = "Every waiting and called ticket, by sphere, with its wait and whether the customer is on the way.")
    @GetMapping("/api/v1/queue")
    Floor floor() {
        return tickets.floor();
    }

    @Operation(summary = "Go on or off duty", description = "The signed-in adviser at a desk, for some spheres; the waits change with who is on the floor.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "on duty at desk 3", value = """
            {"onDuty":true,"desk":"3","spheres":["HOME","WORK"]}""")))
    @PutMapping("/api/v1/advisers/me/duty")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_DUTY)
    void duty(@Valid @RequestBody DutyRequest request, Authentication adviser) {
        if (!request.onDuty()) {
            duty.offDuty(adviser.getName());
            return;
        }
        if (request.desk() == null || request.spheres() == null || request.spheres().isEmpty()) {
            throw new Refusal(ProblemCode.INVALID_DUTY, DutyRequest.ON_DUTY);
        }
        duty.onDuty(adviser.getName(), request.desk(), request.spheres());
    }

    @Operation(summary = "Call the next customer", description = "The longest waiting ticket of the adviser's spheres.")
    @Refuses({ProblemCode.QUEUE_EMPTY})
    @PostMapping("/api/v1/queue/next")
    @RefusedAs(ProblemCode.INVALID_CALL)
    QueueTicket callNext(@Valid @RequestBody(required = false) CallRequest request, Authentication adviser) {
        return tickets.callNext(caller(request, adviser))
                .orElseThrow(() -> new Refusal(ProblemCode.QUEUE_EMPTY, "Nobody is waiting"));
    }

    @Operation(summary = "Call a chosen ticket", description = "A ticket out of turn, at the adviser's desk.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.ILLEGAL_TRANSITION})
    @PostMapping("/api/v1/queue/{ticket}/call")
    @RefusedAs(ProblemCode.INVALID_CALL)
    QueueTicket call(@PathVariable String ticket, @Valid @RequestBody(required = false) CallRequest request, Authentication adviser) {
        return tickets.call(ticket, caller(request, adviser));
    }

    @Operation(summary = "Call a ticket again", description = "The customer did not come yet: the display and their phone call them once more.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.ILLEGAL_TRANSITION, ProblemCode.NOT_YOUR_TICKET})
    @PostMapping("/api/v1/queue/{ticket}/recall")
    QueueTicket recall(@PathVariable String ticket, Authentication adviser) {
        return tickets.recall(ticket, advisers.actor(adviser));
    }

    @Operation(summary = "Start serving a called ticket", description = "The customer has come to the desk.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.ILLEGAL_TRANSITION, ProblemCode.NOT_YOUR_TICKET})
    @PostMapping("/api/v1/queue/{ticket}/start")
    QueueTicket start(@PathVariable String ticket, Authentication adviser) {
        return tickets.start(ticket, advisers.actor(adviser));
    }

    @Operation(summary = "Mark a called ticket as a no-show", description = "The customer never came; the ticket leaves the queue.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.ILLEGAL_TRANSITION, ProblemCode.NOT_YOUR_TICKET})
    @PostMapping("/api/v1/queue/{ticket}/no-show")
    QueueTicket noShow(@PathVariable String ticket, Authentication adviser) {
        return tickets.noShow(ticket, advisers.actor(adviser));
    }

    @Operation(summary = "Transfer a ticket to another sphere", description = "Back in the queue of another sphere, keeping its place in time.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.ILLEGAL_TRANSITION, ProblemCode.NOT_YOUR_TICKET})
    @PostMapping("/api/v1/queue/{ticket}/transfer")
    @RefusedAs(ProblemCode.INVALID_CALL)
    QueueTicket transfer(@PathVariable String ticket, @Valid @RequestBody TransferRequest request, Authentication adviser) {
        return tickets.transfer(ticket, advisers.actor(adviser), request.sphere());
    }

    @Operation(summary = "Finish serving a ticket", description = "The customer was served; the service time teaches the waits.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.ILLEGAL_TRANSITION, ProblemCode.NOT_YOUR_TICKET})
    @PostMapping("/api/v1/queue/{ticket}/finish")
    @RefusedAs(ProblemCode.INVALID_CALL)
    QueueTicket finish(@PathVariable String ticket, @Valid @RequestBody FinishRequest request, Authentication adviser) {
        return tickets.finish(ticket, advisers.actor(adviser), TicketOutcome.of(request.outcome()), request.note());
    }

    private Tickets.Caller caller(CallRequest request, Authentication adviser) {
        return advisers.caller(adviser, request == null ? null : request.desk());
    }

    /** A desk's name as advisers say it: 1 to 16 characters, not only spaces. */
    static final String DESK = "(?s)(?=.*\\S).{1,16}";

    record DutyRequest(boolean onDuty,
                       @Pattern(regexp = DESK, message = ON_DUTY) String desk,
                       @Size(max = 20, message = ON_DUTY) List<@NotNull(message = ON_DUTY) @Pattern(regexp = Formats.LABEL, message = ON_DUTY)
                       @Size(max = Formats.MAX_LABEL_LENGTH, message = ON_DUTY) String> spheres) {

        static final String ON_DUTY = "On duty needs a desk (1 to 16 characters) and the spheres served";
    }

    record CallRequest(@Pattern(regexp = DESK, message = "A desk is 1 to 16 characters") String desk) {
    }

    record TransferRequest(@NotNull(message = SPHERE) @Pattern(regexp = Formats.LABEL, message = SPHERE)
                           @Size(max = Formats.MAX_LABEL_LENGTH, message = SPHERE) String sphere) {

        static final String SPHERE = "A transfer names the sphere, such as WORK";
    }

    record FinishRequest(@NotNull(message = FINISH) String outcome,
                         @Size(max = 500, message = FINISH) String note) {

        static final String FINISH = TicketOutcome.EXPECTED + ", with a note of at most 500 characters";
    }
}
