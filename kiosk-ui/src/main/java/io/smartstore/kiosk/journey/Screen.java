package io.smartstore.kiosk.journey;

import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.QueueTicket;

/** What the kiosk shows now; the view draws it, the journey decides it. */
public sealed interface Screen {

    /** Nobody's screen: no personal data, ever. */
    record Attract() implements Screen {
    }

    /** "One moment": a read was acknowledged, or the store is asked for a ticket or a link. */
    record Waiting() implements Screen {
    }

    record Personal(Identification identification) implements Screen {
    }

    record Rating() implements Screen {
    }

    /** The score is tapped (and already counted): what mattered, and a comment, both optional. */
    record Reasons(int score) implements Screen {
    }

    record ThankYou() implements Screen {
    }

    record SphereChoice() implements Screen {
    }

    record Ticket(QueueTicket ticket) implements Screen {
    }

    record PhoneSurvey(String url) implements Screen {
    }

    /** A plain-language message, by its translation key ({@code message.unknown} …). */
    record Message(String key) implements Screen {
    }
}
