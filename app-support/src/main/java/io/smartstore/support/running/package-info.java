/** What the running app is: its version and start, as the fleet shows them. */
package io.smartstore.support.running;
