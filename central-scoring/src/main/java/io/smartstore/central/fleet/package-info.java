/**
 * Headquarters' view of the fleet: each store's report every minute (itself, its relay, its disk, its kiosks), each
 * store judged ONLINE, DEGRADED, OFFLINE (silent 5 minutes while open) or CLOSED, counts by country and state,
 * and the same figures for Prometheus.
 */
@NullMarked
package io.smartstore.central.fleet;

import org.jspecify.annotations.NullMarked;
