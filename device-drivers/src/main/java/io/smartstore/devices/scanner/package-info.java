/** Barcode and QR scanners in serial mode: prefix, suffix, AIM identifiers and charset, as configured. */
package io.smartstore.devices.scanner;
