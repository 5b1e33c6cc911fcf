package io.smartstore.protocol.wire;

import java.util.UUID;

/**
 * {@code POST /api/v1/identifications}: what a reader produced, and (optionally) the kiosk
 * session it belongs to. Its {@code toString} never shows the credential.
 */
public record IdentificationRequest(CredentialMethod method, String credential, UUID session) {

    public IdentificationRequest(CredentialMethod method, String credential) {
        this(method, credential, null);
    }

    @Override
    public String toString() {
        return "IdentificationRequest[method=" + method + ", credential=***]";
    }
}
