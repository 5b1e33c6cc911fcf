/** The admin's pages at headquarters: the provisioned stores, and a customer's app code for demos. */
@NullMarked
package io.smartstore.central.admin;

import org.jspecify.annotations.NullMarked;
