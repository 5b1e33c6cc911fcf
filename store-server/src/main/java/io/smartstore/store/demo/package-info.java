/** The demo shop, loaded only with the {@code demo} profile. */
@NullMarked
package io.smartstore.store.demo;

import org.jspecify.annotations.NullMarked;
