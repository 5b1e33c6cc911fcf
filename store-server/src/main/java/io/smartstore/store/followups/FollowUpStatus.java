package io.smartstore.store.followups;

/** Where a call back stands: opened by the answer, the customer contacted, closed with an outcome. */
public enum FollowUpStatus {
    OPEN, CONTACTED, CLOSED
}
