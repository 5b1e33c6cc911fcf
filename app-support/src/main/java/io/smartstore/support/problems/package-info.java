/** Errors as RFC 9457 problem details with a stable {@code code}, and bounded request bodies. */
package io.smartstore.support.problems;
