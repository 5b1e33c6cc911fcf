/** The recognition rate: each store's kiosk sessions per day, recognised ones among them, by store, country and group. */
package io.smartstore.central.recognition;
