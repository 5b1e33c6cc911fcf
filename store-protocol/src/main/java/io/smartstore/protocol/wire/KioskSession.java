package io.smartstore.protocol.wire;

import java.util.UUID;

/**
 * {@code POST /api/v1/sessions} at the store: a customer went on without signing in.
 * {@code session} is the kiosk's id for one person's time at the screen: every call that
 * carries the same id counts one session, however many reads were refused before.
 */
public record KioskSession(UUID session, boolean recognised) {
}
