package io.smartstore.store.queue;

/** A ticket was taken, called or moved on: screens that show the queue refresh. */
public record QueueChanged(String ticket) {
}
