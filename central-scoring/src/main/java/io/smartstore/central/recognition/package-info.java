/** The recognition rate: each store's kiosk sessions per day, recognised ones among them, by store, country and group. */
@NullMarked
package io.smartstore.central.recognition;

import org.jspecify.annotations.NullMarked;
