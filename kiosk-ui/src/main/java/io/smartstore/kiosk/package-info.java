/** The kiosk application: one per kiosk PC, next to its readers. */
@NullMarked
package io.smartstore.kiosk;

import org.jspecify.annotations.NullMarked;
