/** What every endpoint of the API shares: problem details with stable codes. */
package io.smartstore.central.web;
