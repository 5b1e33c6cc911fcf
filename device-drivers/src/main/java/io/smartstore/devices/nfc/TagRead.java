package io.smartstore.devices.nfc;

/** A tag that came into the reader's field. */
public record TagRead(TagUid uid) {
}
