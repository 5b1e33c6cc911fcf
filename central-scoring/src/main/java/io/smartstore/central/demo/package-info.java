/** Demo data, loaded only with the {@code demo} profile. */
@NullMarked
package io.smartstore.central.demo;

import org.jspecify.annotations.NullMarked;
