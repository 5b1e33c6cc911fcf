/** Customers' app tokens, issued here in place of the operator's app backend; stores verify them offline. */
@NullMarked
package io.smartstore.central.tokens;

import org.jspecify.annotations.NullMarked;
