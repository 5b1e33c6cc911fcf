/** The stores as headquarters sees them: provisioned by script, ranked by the lower bound of their NPS. */
package io.smartstore.central.stores;
