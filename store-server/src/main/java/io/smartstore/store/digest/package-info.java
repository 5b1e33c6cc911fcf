/** The managers' morning e-mail: yesterday's score, whether it moved, why, and whom to call back. */
@NullMarked
package io.smartstore.store.digest;

import org.jspecify.annotations.NullMarked;
