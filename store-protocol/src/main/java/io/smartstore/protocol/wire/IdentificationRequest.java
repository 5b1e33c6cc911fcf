package io.smartstore.protocol.wire;

/** {@code POST /api/v1/identifications}: what a reader produced. Its {@code toString} never shows the credential. */
public record IdentificationRequest(CredentialMethod method, String credential) {

    @Override
    public String toString() {
        return "IdentificationRequest[method=" + method + ", credential=***]";
    }
}
