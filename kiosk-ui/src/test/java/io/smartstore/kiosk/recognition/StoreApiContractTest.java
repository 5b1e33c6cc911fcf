package io.smartstore.kiosk.recognition;

import io.smartstore.support.testing.HttpInterfaceContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk calls its store only as the store's API document says. */
class StoreApiContractTest {

    @Test
    void everyCallOfTheKioskIsAnOperationOfTheStoresDocument() throws Exception {
        assertThat(HttpInterfaceContract.check(StoreApi.class, "store")).containsExactlyInAnyOrder(
                "POST /api/v1/identifications", "POST /api/v1/sessions", "POST /api/v1/heartbeats", "POST /api/v1/queue",
                "GET /api/v1/queue/{ticket}", "POST /api/v1/queue/{ticket}/texts", "POST /api/v1/surveys", "POST /api/v1/feedback");
    }
}
