/** Central scoring: one for the whole operator, fed by every store. */
@NullMarked
package io.smartstore.central;

import org.jspecify.annotations.NullMarked;
