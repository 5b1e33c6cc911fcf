/** Stores' pseudonymous answers: ingested once each, and counted into per-day score cells. */
@NullMarked
package io.smartstore.central.responses;

import org.jspecify.annotations.NullMarked;
