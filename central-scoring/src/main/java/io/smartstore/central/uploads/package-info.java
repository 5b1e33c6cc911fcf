/** Headquarters' uploads: the customer base and competitors' benchmarks as CSV files, checked line by line before anything is kept. */
@NullMarked
package io.smartstore.central.uploads;

import org.jspecify.annotations.NullMarked;
