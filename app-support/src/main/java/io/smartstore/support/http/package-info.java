/** HTTP between the apps (clients never without connect and read timeouts) and at their edge (security headers written first). */
@NullMarked
package io.smartstore.support.http;

import org.jspecify.annotations.NullMarked;
