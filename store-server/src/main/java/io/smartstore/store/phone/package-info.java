/** A ticket's page on the customer's phone, from the QR code of the kiosk's ticket screen: their place, live, and their call. */
@NullMarked
package io.smartstore.store.phone;

import org.jspecify.annotations.NullMarked;
