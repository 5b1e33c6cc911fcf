/** Keyboard-wedge scanners: a timed key stream turned into a scan, told apart from a person typing. */
@NullMarked
package io.smartstore.devices.wedge;

import org.jspecify.annotations.NullMarked;
