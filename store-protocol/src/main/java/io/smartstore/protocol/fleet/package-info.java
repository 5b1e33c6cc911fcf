/**
 * The fleet's shared rules: a shop's opening hours and what makes a kiosk or a store ONLINE,
 * DEGRADED, OFFLINE or CLOSED — the same at the store and at headquarters.
 */
@NullMarked
package io.smartstore.protocol.fleet;

import org.jspecify.annotations.NullMarked;
