/** Recognising the customer in front of the kiosk through the store server. */
@NullMarked
package io.smartstore.kiosk.recognition;

import org.jspecify.annotations.NullMarked;
