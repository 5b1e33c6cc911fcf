/** "Number 1 by NPS for 75% of customers": competitors' NPS per country and segment, and where we are first. */
@NullMarked
package io.smartstore.central.leadership;

import org.jspecify.annotations.NullMarked;
