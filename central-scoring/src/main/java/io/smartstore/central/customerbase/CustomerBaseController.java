package io.smartstore.central.customerbase;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ApiProblem;
import io.smartstore.protocol.wire.BatchValidation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;

/** {@code PUT /api/v1/customer-base/{country}}: a country's customers per segment. */
@RestController
class CustomerBaseController {

    private static final long MAX_CUSTOMERS = 10_000_000_000L;
    private final CustomerBase customerBase;

    CustomerBaseController(CustomerBase customerBase) {
        this.customerBase = customerBase;
    }

    @PutMapping("/api/v1/customer-base/{country}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void replace(@PathVariable String country, @RequestBody CountryCustomers body) {
        if (!country.matches("[A-Z]{2}")) {
            throw invalid("A country is an ISO 3166 two-letter code");
        }
        if (body == null || body.asOf() == null || body.segments() == null || body.segments().isEmpty()) {
            throw invalid("asOf and at least one segment are required");
        }
        body.segments().forEach((segment, customers) -> {
            if (!BatchValidation.isLabel(segment) || customers == null || customers < 0 || customers > MAX_CUSTOMERS) {
                throw invalid("Each segment is an upper-case code with a number of customers from 0 to 10 billion");
            }
        });
        customerBase.replace(country, body.asOf(), body.segments());
    }

    private static ApiProblem invalid(String title) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_CUSTOMER_BASE, title);
    }

    record CountryCustomers(LocalDate asOf, Map<String, Long> segments) {
    }
}
