/** Store-and-forward to central: pseudonymous answers, sent until acknowledged. */
package io.smartstore.store.sync;
