package io.smartstore.devices.card;

import io.smartstore.devices.ReadError;

/** What one swipe gave: a card number or a read error, never both. */
public sealed interface Swipe {

    record Card(CardNumber number) implements Swipe {
    }

    record Failed(ReadError error) implements Swipe {
    }
}
