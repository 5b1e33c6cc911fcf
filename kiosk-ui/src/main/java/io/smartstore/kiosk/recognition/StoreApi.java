package io.smartstore.kiosk.recognition;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.KioskSession;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.SurveyLink;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The store's API as the kiosk calls it (a Spring HTTP interface): each method one operation of the store's OpenAPI
 * document, which {@code StoreApiContractTest} holds it to. {@link StoreClient} adds what a waiting customer needs.
 */
@HttpExchange("/api/v1")
interface StoreApi {

    @PostExchange("/identifications")
    /** {@code dryRun} true: the store walks the read for nobody; null sends no such parameter. */
    Identification identify(@RequestBody IdentificationRequest request, @RequestParam(value = "dryRun", required = false) Boolean dryRun);

    @PostExchange("/sessions")
    void session(@RequestBody KioskSession session);

    @PostExchange("/heartbeats")
    void heartbeat(@RequestBody Heartbeat beat);

    @PostExchange("/queue")
    QueueTicket take(@RequestBody QueueTicket.Request request);

    @GetExchange("/queue/{ticket}")
    QueueTicket ticket(@PathVariable("ticket") String ticket);

    @PostExchange("/queue/{ticket}/texts")
    void textMe(@PathVariable("ticket") String ticket);

    @PostExchange("/surveys")
    SurveyLink survey(@RequestBody SurveyLink.Request request);

    @PostExchange("/feedback")
    BatchReceipt feedback(@RequestBody FeedbackBatch batch);
}
