/** The adviser's floor on a tablet (duty, the live queue, calling and serving) and the shop's "now calling" display. */
@NullMarked
package io.smartstore.store.floor;

import org.jspecify.annotations.NullMarked;
