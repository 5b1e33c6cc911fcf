package io.smartstore.kiosk.recognition;

import io.smartstore.protocol.wire.ProblemCode;

import io.smartstore.protocol.wire.Identification;

/** What came of presenting a card: a customer, a refusal with the store's code, or no store to ask. */
public sealed interface RecognitionResult {

    record Recognised(Identification identification) implements RecognitionResult {
    }

    record Refused(ProblemCode code) implements RecognitionResult {
    }

    record StoreUnreachable() implements RecognitionResult {
    }
}
