package io.smartstore.protocol.wire;

/**
 * {@code POST /api/v1/queue} and {@code GET /api/v1/queue/{ticket}}: a ticket waiting
 * (position, wait range in minutes) or called (the adviser's first name and desk).
 */
public record QueueTicket(String ticket, String status, int position, Wait estimatedWait, String adviser, String desk) {

    public boolean called() {
        return "CALLED".equals(status);
    }

    public record Wait(int minMinutes, int maxMinutes) {
    }

    /** What the kiosk asks for: help with a sphere, for a recognised visit or anonymously. */
    public record Request(java.util.UUID visitId, String sphere, String topic) {
    }
}
