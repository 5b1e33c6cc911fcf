/** The manager's pages: the day's score and the trend, the kiosks and their enrolment, the people and their roles. */
@NullMarked
package io.smartstore.store.manager;

import org.jspecify.annotations.NullMarked;
