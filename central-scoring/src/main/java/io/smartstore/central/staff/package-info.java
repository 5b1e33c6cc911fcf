/** Headquarters staff's pages: enrolled stores, and a customer's app code for demos. */
package io.smartstore.central.staff;
