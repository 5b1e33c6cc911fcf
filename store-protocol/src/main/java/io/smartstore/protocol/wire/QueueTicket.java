package io.smartstore.protocol.wire;

/**
 * {@code POST /api/v1/queue} and {@code GET /api/v1/queue/{ticket}}: a ticket waiting
 * (position, wait range in minutes) or called (the adviser's first name and desk). A ticket just
 * taken also carries {@code phoneUrl}: its page for the customer's phone, valid that day; and {@code textable}: whether
 * its customer may ask for a text when they are next and when called (a mobile number is known, the shop sends texts).
 */
public record QueueTicket(String ticket, TicketStatus status, int position, Wait estimatedWait, String adviser, String desk,
                          String phoneUrl, boolean textable) {

    public QueueTicket(String ticket, TicketStatus status, int position, Wait estimatedWait, String adviser, String desk) {
        this(ticket, status, position, estimatedWait, adviser, desk, null, false);
    }

    public QueueTicket(String ticket, TicketStatus status, int position, Wait estimatedWait, String adviser, String desk, String phoneUrl) {
        this(ticket, status, position, estimatedWait, adviser, desk, phoneUrl, false);
    }

    /** The same ticket with its page for the customer's phone, and whether its customer can be texted. */
    public QueueTicket withPhone(String url, boolean canText) {
        return new QueueTicket(ticket, status, position, estimatedWait, adviser, desk, url, canText);
    }

    public boolean waiting() {
        return status == TicketStatus.WAITING && estimatedWait != null;
    }

    public boolean called() {
        return status == TicketStatus.CALLED;
    }

    public record Wait(int minMinutes, int maxMinutes) {
    }

    /**
     * What the kiosk asks for: help with a sphere, for a recognised visit or anonymously; {@code session} is the kiosk
     * session it is asked in, so that a customer recognised at the desk counts that session as recognised;
     * {@code language} the one the kiosk spoke to them (en, fr, es, ar): their phone's page speaks it too.
     */
    public record Request(java.util.UUID visitId,
                          @jakarta.validation.constraints.NotNull(message = "A ticket needs a sphere code such as HOME")
                          @jakarta.validation.constraints.Pattern(regexp = Formats.LABEL, message = "A ticket needs a sphere code such as HOME")
                          @jakarta.validation.constraints.Size(max = Formats.MAX_LABEL_LENGTH, message = "A ticket needs a sphere code such as HOME")
                          String sphere,
                          @jakarta.validation.constraints.Size(min = 1, max = 80, message = "A topic is 1 to 80 characters")
                          @jakarta.validation.constraints.Pattern(regexp = "(?s).*\\S.*", message = "A topic is 1 to 80 characters")
                          String topic,
                          java.util.UUID session,
                          @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2}", message = "A language is a two-letter code such as fr")
                          String language) {

        public Request(java.util.UUID visitId, String sphere, String topic) {
            this(visitId, sphere, topic, null, null);
        }

        public Request(java.util.UUID visitId, String sphere, String topic, java.util.UUID session) {
            this(visitId, sphere, topic, session, null);
        }
    }
}
