/** Headquarters staff's pages: enrolled stores, and a customer's app code for demos. */
@NullMarked
package io.smartstore.central.staff;

import org.jspecify.annotations.NullMarked;
