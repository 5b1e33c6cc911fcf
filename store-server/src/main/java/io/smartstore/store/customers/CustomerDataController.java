package io.smartstore.store.customers;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.Formats;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * A customer's data on request (admin): {@code GET /api/v1/customers/{ref}/data} gives
 * everything the store holds about them; {@code DELETE /api/v1/customers/{ref}} erases them
 * (204; afterwards 404 {@code unknown_customer}).
 */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
@RefusedAs(ProblemCode.INVALID_CUSTOMER_REF)
class CustomerDataController {

    private final CustomerData data;

    CustomerDataController(CustomerData data) {
        this.data = data;
    }

    @Operation(summary = "Everything the store holds about a customer", description = "For a customer's request to see their data: their CRM record, visits, answers, tickets and follow-ups.")
    @Refuses({ProblemCode.UNKNOWN_CUSTOMER})
    @GetMapping("/api/v1/customers/{ref}/data")
    Map<String, Object> data(@PathVariable @Pattern(regexp = Formats.CUSTOMER_REF, message = "ref is a customer reference") String ref) {
        return data.of(ref);
    }

    @Operation(summary = "Erase a customer", description = "Their record, cards and history are removed; their answers stay, counted, without them.")
    @Refuses({ProblemCode.UNKNOWN_CUSTOMER})
    @DeleteMapping("/api/v1/customers/{ref}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable @Pattern(regexp = Formats.CUSTOMER_REF, message = "ref is a customer reference") String ref) {
        data.erase(ref);
    }
}
