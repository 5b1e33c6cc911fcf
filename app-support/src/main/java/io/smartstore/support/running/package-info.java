/** What the running app is: its version and start, as the fleet shows them. */
@NullMarked
package io.smartstore.support.running;

import org.jspecify.annotations.NullMarked;
