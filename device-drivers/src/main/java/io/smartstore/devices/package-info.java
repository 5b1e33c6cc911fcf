/**
 * Readers a kiosk plugs in — card readers over serial ports and their fakes — as plain
 * Java devices with a state and listeners. No Spring here: apps wire these themselves.
 */
@NullMarked
package io.smartstore.devices;

import org.jspecify.annotations.NullMarked;
