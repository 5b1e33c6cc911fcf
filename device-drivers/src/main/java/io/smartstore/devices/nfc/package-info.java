/** NFC and 125 kHz RFID readers: EM4100 frames and text UID readers, tags reported once per arrival. */
@NullMarked
package io.smartstore.devices.nfc;

import org.jspecify.annotations.NullMarked;
