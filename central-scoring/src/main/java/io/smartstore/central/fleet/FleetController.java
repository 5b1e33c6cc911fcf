package io.smartstore.central.fleet;

import io.smartstore.support.query.Country;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import io.smartstore.support.clients.EnrolledClient;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code POST /api/v1/fleet/reports} (a store, about itself) and {@code GET /api/v1/fleet[?country=FR&state=OFFLINE]} (analyst, admin). */
@RestController
class FleetController {

    private final StoreFleet fleet;

    FleetController(StoreFleet fleet) {
        this.fleet = fleet;
    }

    @Operation(operationId = "reportFleet", summary = "A store's report about itself and its kiosks", description = "Every minute through the store's relay.")
    @CalledBy(Caller.CLIENT)
    @Refuses({ProblemCode.STORE_MISMATCH})
    @PostMapping("/api/v1/fleet/reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_FLEET_REPORT)
    void report(@Valid @RequestBody FleetReport report, @AuthenticationPrincipal EnrolledClient store) {
        fleet.report(store.id(), report);
    }

    @Operation(operationId = "fleet", summary = "Every store and its kiosks", description = "Each store's state with its reason, version, relay backlog and kiosks; filtered by country and state.")
    @CalledBy(value = Caller.STAFF, roles = {"ANALYST", "ADMIN"})
    @GetMapping("/api/v1/fleet")
    Fleet fleet(@RequestParam(required = false) @Country String country, @RequestParam(required = false) FleetState state) {
        return new Fleet(fleet.stores(country, state));
    }

    record Fleet(List<StoreStatus> stores) {
    }
}
