/** The NPS maths of {@code scoring.md}: tallies, margins of error and the customer-weighted figure. */
@NullMarked
package io.smartstore.protocol.nps;

import org.jspecify.annotations.NullMarked;
