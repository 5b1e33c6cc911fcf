/** The demo shop, loaded only with the {@code demo} profile. */
package io.smartstore.store.demo;
