/** The store server: one per shop, between its kiosks and central scoring. */
@NullMarked
package io.smartstore.store;

import org.jspecify.annotations.NullMarked;
