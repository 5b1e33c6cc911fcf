/** Recognising customers at the kiosk: identification by card or UID, visits, and the sessions behind the recognition rate. */
@NullMarked
package io.smartstore.store.recognition;

import org.jspecify.annotations.NullMarked;
