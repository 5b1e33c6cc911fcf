/**
 * The fleet's shared rules: a shop's opening hours and what makes a kiosk or a store ONLINE,
 * DEGRADED, OFFLINE or CLOSED — the same at the store and at headquarters.
 */
package io.smartstore.protocol.fleet;
