/** Errors as RFC 9457 problem details with a stable {@code code}, and bounded request bodies. */
@NullMarked
package io.smartstore.support.problems;

import org.jspecify.annotations.NullMarked;
