/** What central tells subscribed systems (api.md, "Webhooks"): a store going silent, a day's scores published. */
package io.smartstore.central.webhooks;
