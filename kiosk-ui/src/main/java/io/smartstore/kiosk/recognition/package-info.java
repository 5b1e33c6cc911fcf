/** Recognising the customer in front of the kiosk through the store server. */
package io.smartstore.kiosk.recognition;
