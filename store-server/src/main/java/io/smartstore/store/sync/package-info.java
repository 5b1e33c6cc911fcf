/** Store-and-forward to central: pseudonymous answers, sent until acknowledged. */
@NullMarked
package io.smartstore.store.sync;

import org.jspecify.annotations.NullMarked;
