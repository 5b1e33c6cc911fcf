/** Customers' answers to the NPS question: validated, stored once, whatever number of times a kiosk sends them. */
@NullMarked
package io.smartstore.store.feedback;

import org.jspecify.annotations.NullMarked;
