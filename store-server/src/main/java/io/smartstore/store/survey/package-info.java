/** The survey a customer answers later on their phone, from the kiosk's one-time QR code. */
package io.smartstore.store.survey;
