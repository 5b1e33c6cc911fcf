/** The adviser's floor on a tablet (duty, the live queue, calling and serving) and the shop's "now calling" display. */
package io.smartstore.store.floor;
