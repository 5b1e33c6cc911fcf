/** The shop staff's pages: today's score for the manager, and the kiosks' enrolment. */
@NullMarked
package io.smartstore.store.staff;

import org.jspecify.annotations.NullMarked;
