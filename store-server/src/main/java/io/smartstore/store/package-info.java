/** The store server: one per shop, between its kiosks and central scoring. */
package io.smartstore.store;
