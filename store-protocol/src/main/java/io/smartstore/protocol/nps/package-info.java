/** The NPS maths of {@code scoring.md}: tallies, margins of error and the customer-weighted figure. */
package io.smartstore.protocol.nps;
