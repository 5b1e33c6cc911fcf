/** Customers' app tokens, issued here in place of the operator's app backend; stores verify them offline. */
package io.smartstore.central.tokens;
