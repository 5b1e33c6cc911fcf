package io.smartstore.central.customerbase;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Formats;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;

/** {@code PUT /api/v1/customer-base/{country}}: a country's customers per segment. */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
class CustomerBaseController {

    static final long MAX_CUSTOMERS = 10_000_000_000L;
    private final CustomerBase customerBase;

    CustomerBaseController(CustomerBase customerBase) {
        this.customerBase = customerBase;
    }

    @Operation(operationId = "replaceCustomerBase", summary = "Upload a country's customer base", description = "Customers per segment: the weights of the country's NPS.")
    @PutMapping("/api/v1/customer-base/{country}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_CUSTOMER_BASE)
    void replace(@PathVariable @Pattern(regexp = Formats.COUNTRY, message = "A country is an ISO 3166 two-letter code") String country,
                 @Valid @RequestBody CountryCustomers body) {
        customerBase.replace(country, body.asOf(), body.segments());
    }

    record CountryCustomers(@NotNull(message = "asOf and at least one segment are required") LocalDate asOf,
                            @NotEmpty(message = "asOf and at least one segment are required")
                            Map<@NotNull(message = SEGMENT) @Pattern(regexp = Formats.LABEL, message = SEGMENT) @Size(max = Formats.MAX_LABEL_LENGTH, message = SEGMENT) String,
                                    @NotNull(message = SEGMENT) @PositiveOrZero(message = SEGMENT) @Max(value = MAX_CUSTOMERS, message = SEGMENT) Long> segments) {

        static final String SEGMENT = "Each segment is an upper-case code with a number of customers from 0 to 10 billion";
    }
}
