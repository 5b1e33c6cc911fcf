/** What production insists on: no demo secrets, no missing ones. */
@NullMarked
package io.smartstore.support.production;

import org.jspecify.annotations.NullMarked;
