/** The kiosk as its PC's technician and monitoring agent see it: health details and metrics, for the PC itself only. */
@NullMarked
package io.smartstore.kiosk.operations;

import org.jspecify.annotations.NullMarked;
