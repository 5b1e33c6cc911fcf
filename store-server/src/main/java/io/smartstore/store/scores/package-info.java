/** The store manager's daily figures: NPS with its margin of error, the 0–10 spread, by sphere and by hour. */
@NullMarked
package io.smartstore.store.scores;

import org.jspecify.annotations.NullMarked;
