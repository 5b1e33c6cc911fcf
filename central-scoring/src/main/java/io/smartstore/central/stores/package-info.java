/** The stores as headquarters sees them: provisioned by script, ranked by the lower bound of their NPS. */
@NullMarked
package io.smartstore.central.stores;

import org.jspecify.annotations.NullMarked;
