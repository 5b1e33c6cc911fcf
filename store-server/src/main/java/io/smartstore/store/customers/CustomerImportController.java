package io.smartstore.store.customers;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** {@code POST /api/v1/admin/customers}: the operator's CRM export as JSON lines or CSV. */
@RestController
@RequestMapping("/api/v1/admin/customers")
class CustomerImportController {

    private final CustomerImport customerImport;

    CustomerImportController(CustomerImport customerImport) {
        this.customerImport = customerImport;
    }

    @PostMapping(consumes = "application/x-ndjson")
    ImportReport importJsonLines(HttpServletRequest request) throws IOException {
        return customerImport.importLines(request.getReader());
    }

    @PostMapping(consumes = "text/csv")
    ImportReport importCsv(HttpServletRequest request) throws IOException {
        return customerImport.importCsv(request.getReader());
    }
}
