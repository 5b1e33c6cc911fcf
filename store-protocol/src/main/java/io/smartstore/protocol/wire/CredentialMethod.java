package io.smartstore.protocol.wire;

/** How a customer presented themselves at the kiosk. */
public enum CredentialMethod { CARD, NFC, QR }
