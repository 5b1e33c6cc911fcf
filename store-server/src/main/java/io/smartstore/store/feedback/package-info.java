/** Customers' answers to the NPS question: validated, stored once, whatever number of times a kiosk sends them. */
package io.smartstore.store.feedback;
