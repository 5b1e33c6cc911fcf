/** The adviser queue: tickets, positions and an honest wait range learned from today's real service. */
package io.smartstore.store.queue;
