/** The customer base: customers per country and market segment, the weights of the weighted NPS. */
@NullMarked
package io.smartstore.central.customerbase;

import org.jspecify.annotations.NullMarked;
