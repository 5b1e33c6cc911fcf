/** Headquarters' figures: NPS by country and segment weighted by customers, with margins of error and coverage. */
@NullMarked
package io.smartstore.central.scores;

import org.jspecify.annotations.NullMarked;
