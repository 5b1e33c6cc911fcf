package io.smartstore.kiosk.readers;

import io.smartstore.devices.DeviceError;

/** A screen's view of the kiosk's readers: a credential was read, or a read failed. Called on reader threads. */
public interface ReaderListener {

    void credentialRead(CredentialRead read);

    void readFailed(String reader, DeviceError error);
}
