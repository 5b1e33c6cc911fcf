package io.smartstore.protocol.wire;

/** How a customer presented themselves: at the kiosk by card, NFC or app code; at the desk also by their reference. */
public enum CredentialMethod { CARD, NFC, QR, REFERENCE }
