package io.smartstore.store.feedback;

/** New answers were stored: whoever forwards them may want to do it now rather than later. */
public record FeedbackReceived(int count) {
}
