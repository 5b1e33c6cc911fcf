package io.smartstore.store.sync;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.protocol.wire.SessionCounts;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Central's API as a store calls it (a Spring HTTP interface): each method one operation of central's OpenAPI
 * document, which {@code CentralApiContractTest} holds it to.
 */
@HttpExchange("/api/v1")
interface CentralApi {

    @PostExchange("/responses")
    BatchReceipt responses(@RequestBody ScoredResponseBatch batch);

    @PostExchange("/fleet/reports")
    void fleet(@RequestBody FleetReport report);

    @PostExchange("/sessions")
    void sessions(@RequestBody SessionCounts counts);
}
