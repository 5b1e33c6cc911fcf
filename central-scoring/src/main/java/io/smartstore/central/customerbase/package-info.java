/** The customer base: customers per country and market segment, the weights of the weighted NPS. */
package io.smartstore.central.customerbase;
