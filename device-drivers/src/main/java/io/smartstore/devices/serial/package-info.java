/** Serial ports: the one adapter around jSerialComm, the port settings, and framing of the byte stream. */
package io.smartstore.devices.serial;
