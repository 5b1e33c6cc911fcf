package io.smartstore.protocol.wire;

import java.util.UUID;

/**
 * {@code POST /api/v1/sessions} at the store: a customer went on without signing in.
 * {@code session} is the kiosk's id for one person's time at the screen: every call that
 * carries the same id counts one session, however many reads were refused before.
 * {@code miss} says why nobody was recognised when the kiosk knows (a read it could not make
 * sense of, a reader not working); without it, and without an earlier refused read, the
 * customer offered nothing ({@link RecognitionMiss#NO_CREDENTIAL}).
 */
public record KioskSession(UUID session, boolean recognised, RecognitionMiss miss) {

    public KioskSession(UUID session, boolean recognised) {
        this(session, recognised, null);
    }
}
