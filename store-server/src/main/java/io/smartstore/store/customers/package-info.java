/** The shop's customers: the CRM import, and lookup by keyed hash of a card or NFC UID. */
@NullMarked
package io.smartstore.store.customers;

import org.jspecify.annotations.NullMarked;
