/** HTTP clients between the apps: never without connect and read timeouts. */
package io.smartstore.support.http;
