package io.smartstore.store.sync;

import io.smartstore.support.testing.HttpInterfaceContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A store calls central only as central's API document says. */
class CentralApiContractTest {

    @Test
    void everyCallOfTheStoreIsAnOperationOfCentralsDocument() throws Exception {
        assertThat(HttpInterfaceContract.check(CentralApi.class, "central"))
                .containsExactlyInAnyOrder("POST /api/v1/responses", "POST /api/v1/fleet/reports", "POST /api/v1/sessions");
    }
}
