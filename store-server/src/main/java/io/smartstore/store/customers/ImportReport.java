package io.smartstore.store.customers;

import java.util.List;

/** How an import went: how many customers it stored, and which lines it refused and why. */
public record ImportReport(int imported, List<Rejected> rejected) {

    public record Rejected(int line, String message) {
    }
}
