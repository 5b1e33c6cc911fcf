package io.smartstore.protocol.wire;

/**
 * {@code POST /api/v1/queue/{ticket}/identify} (adviser): the customer of an anonymous ticket recognised at the desk,
 * by the desk's reader ({@code CARD}, {@code NFC}, {@code QR}: what it read) or by the customer's {@code REFERENCE}
 * with one check the CRM holds, their date of birth ({@code check}, {@code YYYY-MM-DD}). Its {@code toString} shows
 * neither the credential nor the check.
 */
public record DeskIdentification(CredentialMethod method, String credential, String check) {

    @Override
    public String toString() {
        return "DeskIdentification[method=" + method + ", credential=***, check=***]";
    }
}
