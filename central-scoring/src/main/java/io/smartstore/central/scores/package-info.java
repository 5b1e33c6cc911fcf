/** Headquarters' figures: NPS by country and segment weighted by customers, with margins of error and coverage. */
package io.smartstore.central.scores;
