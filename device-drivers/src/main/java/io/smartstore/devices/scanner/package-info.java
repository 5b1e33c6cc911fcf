/** Barcode and QR scanners in serial mode: prefix, suffix, AIM identifiers and charset, as configured. */
@NullMarked
package io.smartstore.devices.scanner;

import org.jspecify.annotations.NullMarked;
