package io.smartstore.devices.card;

import java.util.Set;

/** A card that went through the reader: its number (Luhn-checked) and which tracks were read. */
public record CardSwipe(CardNumber number, Set<Track> tracks) {

    public CardSwipe {
        tracks = Set.copyOf(tracks);
    }
}
