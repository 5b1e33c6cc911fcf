/** The shop's customers: the CRM import, and lookup by keyed hash of a card or NFC UID. */
package io.smartstore.store.customers;
