package io.smartstore.central.responses;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.stereotype.Component;

/** A store speaks only for itself: its own id, and its own country when it was provisioned with one. */
@Component
public class StoreOrigin {

    private final ProvisionedCountries countries;

    StoreOrigin(ProvisionedCountries countries) {
        this.countries = countries;
    }

    public void check(EnrolledClient store, String storeId, String country) {
        if (!store.id().equals(storeId)) {
            throw new Refusal(ProblemCode.STORE_MISMATCH, "A store may only send its own answers");
        }
        String provisioned = countries.of(storeId).orElse(null);
        if (provisioned != null && !provisioned.equals(country)) {
            throw new Refusal(ProblemCode.STORE_MISMATCH, "This store was provisioned in " + provisioned + ", not " + country);
        }
    }
}
