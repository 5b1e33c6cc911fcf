package io.smartstore.devices.fake;

import io.smartstore.devices.card.CardSwipe;
import io.smartstore.devices.card.MagstripeDecoder;

import java.time.Duration;

/** A stripe reader a person or a test swipes: {@link #swipe} sends tracks 1 and 2 as a common reader does. */
public final class FakeCardReader extends FakeReader<CardSwipe> {

    public FakeCardReader(String name) {
        super(name, new MagstripeDecoder(Duration.ZERO, System::nanoTime));
    }

    /** Swipes a card with this number (its check digit is reported, not judged). */
    public void swipe(String digits) {
        send("%B" + digits + "^CUSTOMER/DEMO^2912101000000000000?;" + digits + "=29121010000000000000?\r\n");
    }
}
