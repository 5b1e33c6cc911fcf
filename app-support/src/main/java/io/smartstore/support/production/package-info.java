/** What production insists on: no demo secrets, no missing ones. */
package io.smartstore.support.production;
