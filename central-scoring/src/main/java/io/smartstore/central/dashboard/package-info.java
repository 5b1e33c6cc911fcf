/** Headquarters' dashboard: the group, its countries, segments, stores and days, with leadership, recognition and the trend. */
package io.smartstore.central.dashboard;
