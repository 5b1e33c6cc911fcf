package io.smartstore.store.queue;

/** A ticket was taken, called or moved on, or an adviser came on or went off duty ({@code ticket} null): screens that show the queue refresh. */
public record QueueChanged(String ticket) {
}
