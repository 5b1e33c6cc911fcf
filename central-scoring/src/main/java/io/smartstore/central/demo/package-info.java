/** Demo data, loaded only with the {@code demo} profile. */
package io.smartstore.central.demo;
