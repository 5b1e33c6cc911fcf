/** What an operator watches on {@code /actuator/prometheus}, the same in every app that receives answers. */
package io.smartstore.support.metrics;
