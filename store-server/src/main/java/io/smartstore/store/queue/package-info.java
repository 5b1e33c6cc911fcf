/** The adviser queue: tickets, positions and an honest wait range learned from today's real service. */
@NullMarked
package io.smartstore.store.queue;

import org.jspecify.annotations.NullMarked;
