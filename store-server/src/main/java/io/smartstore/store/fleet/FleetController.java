package io.smartstore.store.fleet;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import io.smartstore.support.clients.EnrolledClient;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code POST /api/v1/heartbeats} (a kiosk, about itself) and {@code GET /api/v1/fleet/kiosks} (manager, admin). */
@RestController
class FleetController {

    private final KioskFleet fleet;

    FleetController(KioskFleet fleet) {
        this.fleet = fleet;
    }

    @Operation(operationId = "heartbeat", summary = "A kiosk's heartbeat", description = "Its version, readers and outbox, every 30 seconds; the kiosk's state follows from it.")
    @CalledBy(Caller.CLIENT)
    @PostMapping("/api/v1/heartbeats")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_HEARTBEAT)
    void heartbeat(@Valid @RequestBody Heartbeat beat, @AuthenticationPrincipal EnrolledClient kiosk) {
        fleet.heartbeat(kiosk.id(), beat);
    }

    @Operation(operationId = "kiosks", summary = "The shop's kiosks", description = "Each kiosk's state (ONLINE, DEGRADED, OFFLINE, CLOSED) with its reason, version, readers and outbox.")
    @CalledBy(value = Caller.STAFF, roles = {"MANAGER", "ADMIN"})
    @GetMapping("/api/v1/fleet/kiosks")
    List<KioskStatus> kiosks() {
        return fleet.kiosks();
    }
}
