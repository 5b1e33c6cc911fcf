/** Loyalty cards: magnetic-stripe track data, card numbers with their Luhn check, and the card-reader device. */
@NullMarked
package io.smartstore.devices.card;

import org.jspecify.annotations.NullMarked;
