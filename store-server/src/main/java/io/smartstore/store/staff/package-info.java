/** The shop staff's pages: today's score for the manager, and the kiosks' enrolment. */
package io.smartstore.store.staff;
