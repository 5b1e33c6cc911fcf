/** What an operator watches on {@code /actuator/prometheus}, the same in every app that receives answers. */
@NullMarked
package io.smartstore.support.metrics;

import org.jspecify.annotations.NullMarked;
