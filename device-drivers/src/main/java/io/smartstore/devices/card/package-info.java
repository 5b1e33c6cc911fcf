/** Loyalty cards: magnetic-stripe track data, card numbers with their Luhn check, and the card-reader device. */
package io.smartstore.devices.card;
