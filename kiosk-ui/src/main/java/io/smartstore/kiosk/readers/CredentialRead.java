package io.smartstore.kiosk.readers;

import io.smartstore.protocol.wire.CredentialMethod;

/**
 * What any reader of the kiosk produced, as the store server wants it: a card number, a
 * tag UID or a scanned code. {@link #toString()} hides the credential.
 */
public record CredentialRead(CredentialMethod method, String credential, String reader) {

    @Override
    public String toString() {
        return "CredentialRead[" + method + " from " + reader + "]";
    }
}
