package io.smartstore.devices.fake;

import io.smartstore.devices.DeviceState;
import io.smartstore.devices.ReadError;
import io.smartstore.devices.card.CardNumber;
import io.smartstore.devices.card.CardReadListener;
import io.smartstore.devices.card.CardReader;
import io.smartstore.devices.card.Luhn;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A card reader a person or a test triggers: {@link #swipe(String)} reads as if a card went through. */
public final class FakeCardReader implements CardReader {

    private final List<CardReadListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceState state = DeviceState.CLOSED;

    @Override
    public void open() {
        state = DeviceState.CONNECTED;
        listeners.forEach(listener -> listener.stateChanged(state));
    }

    /** Reads {@code digits} as a card; digits that fail the Luhn check read as a bad swipe, like a real reader. */
    public void swipe(String digits) {
        if (state != DeviceState.CONNECTED) {
            throw new IllegalStateException("the fake reader is not open");
        }
        if (digits.matches("\\d{12,19}") && Luhn.isValid(digits)) {
            CardNumber card = new CardNumber(digits);
            listeners.forEach(listener -> listener.cardRead(card));
        } else {
            listeners.forEach(listener -> listener.readFailed(ReadError.badRead("the card number fails its check digit")));
        }
    }

    @Override
    public DeviceState state() {
        return state;
    }

    @Override
    public void addListener(CardReadListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CardReadListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        state = DeviceState.CLOSED;
        listeners.forEach(listener -> listener.stateChanged(state));
    }
}
