package io.smartstore.support.relay;

import io.smartstore.protocol.wire.BatchReceipt;

import java.util.List;

/** Sends one batch to the next app; throws Spring's {@code RestClientException} when it did not acknowledge it. */
@FunctionalInterface
public interface Hop<T> {

    BatchReceipt send(List<T> batch);
}
