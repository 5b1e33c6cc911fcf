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

    /**
     * What the kiosk asks for: help with a sphere, for a recognised visit or anonymously; {@code session} is the kiosk
     * session it is asked in, so that a customer recognised at the desk counts that session as recognised.
     */
    public record Request(java.util.UUID visitId,
                          @jakarta.validation.constraints.NotNull(message = "A ticket needs a sphere code such as HOME")
                          @jakarta.validation.constraints.Pattern(regexp = Formats.LABEL, message = "A ticket needs a sphere code such as HOME")
                          @jakarta.validation.constraints.Size(max = Formats.MAX_LABEL_LENGTH, message = "A ticket needs a sphere code such as HOME")
                          String sphere,
                          @jakarta.validation.constraints.Size(min = 1, max = 80, message = "A topic is 1 to 80 characters")
                          @jakarta.validation.constraints.Pattern(regexp = "(?s).*\\S.*", message = "A topic is 1 to 80 characters")
                          String topic,
                          java.util.UUID session) {

        public Request(java.util.UUID visitId, String sphere, String topic) {
            this(visitId, sphere, topic, null);
        }
    }
}
