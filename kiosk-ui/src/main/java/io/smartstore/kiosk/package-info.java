/** The kiosk application: one per kiosk PC, next to its readers. */
package io.smartstore.kiosk;
