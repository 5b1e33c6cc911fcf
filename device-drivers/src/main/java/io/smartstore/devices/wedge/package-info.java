/** Keyboard-wedge scanners: a timed key stream turned into a scan, told apart from a person typing. */
package io.smartstore.devices.wedge;
