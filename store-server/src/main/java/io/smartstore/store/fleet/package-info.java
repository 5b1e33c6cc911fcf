/**
 * The shop's kiosks at a glance: each kiosk's heartbeat (version, readers, answers waiting),
 * its state — ONLINE, DEGRADED, OFFLINE, CLOSED — and every change of it.
 */
@NullMarked
package io.smartstore.store.fleet;

import org.jspecify.annotations.NullMarked;
