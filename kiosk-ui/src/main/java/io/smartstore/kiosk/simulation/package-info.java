/**
 * Simulated customers for proving and measuring a kiosk (chaos and load runs): people who
 * walk up, tap a score and a reason and leave, through the kiosk's own journey and outbox,
 * each step written to a ledger the harness counts against. Off unless configured.
 */
@NullMarked
package io.smartstore.kiosk.simulation;

import org.jspecify.annotations.NullMarked;
