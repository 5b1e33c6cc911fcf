package io.smartstore.protocol.wire;

/** Why one record of a batch was refused: which record, which field, in plain words. */
public record InvalidField(int index, String field, String message) {
}
