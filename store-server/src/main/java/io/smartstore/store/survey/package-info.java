/** The survey a customer answers later on their phone, from the kiosk's one-time QR code. */
@NullMarked
package io.smartstore.store.survey;

import org.jspecify.annotations.NullMarked;
