package io.smartstore.store.customers;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** {@code POST /api/v1/admin/customers}: the operator's CRM export as JSON lines or CSV. */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
@RequestMapping("/api/v1/admin/customers")
class CustomerImportController {

    private final CustomerImport customerImport;

    CustomerImportController(CustomerImport customerImport) {
        this.customerImport = customerImport;
    }

    @Operation(operationId = "importCustomers", summary = "Import the CRM's customers, as JSON lines or CSV", description = "One customer per line (`application/x-ndjson`), or the CRM's CSV export with a header line (`text/csv`); each line is checked, and the answer says how many were imported and which lines were refused and why.")
    @Refuses({ProblemCode.INVALID_BATCH})
    @ImportBodies
    @PostMapping(consumes = "application/x-ndjson")
    ImportReport importJsonLines(HttpServletRequest request) throws IOException {
        return customerImport.importLines(request.getReader());
    }

    @Operation(operationId = "importCustomers", summary = "Import the CRM's customers, as JSON lines or CSV", description = "One customer per line (`application/x-ndjson`), or the CRM's CSV export with a header line (`text/csv`); each line is checked, and the answer says how many were imported and which lines were refused and why.")
    @Refuses({ProblemCode.INVALID_BATCH})
    @ImportBodies
    @PostMapping(consumes = "text/csv")
    ImportReport importCsv(HttpServletRequest request) throws IOException {
        return customerImport.importCsv(request.getReader());
    }
}
