/** The managers' morning e-mail: yesterday's score, whether it moved, why, and whom to call back. */
package io.smartstore.store.digest;
