/** Serial ports: the one adapter around jSerialComm, the port settings, and framing of the byte stream. */
@NullMarked
package io.smartstore.devices.serial;

import org.jspecify.annotations.NullMarked;
