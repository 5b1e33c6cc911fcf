/** The kiosk's heartbeat to its store: what it runs, its readers and the answers it still holds. */
@NullMarked
package io.smartstore.kiosk.fleet;

import org.jspecify.annotations.NullMarked;
