/** Headquarters' dashboard: the group, its countries, segments, stores and days, with leadership, recognition and the trend. */
@NullMarked
package io.smartstore.central.dashboard;

import org.jspecify.annotations.NullMarked;
