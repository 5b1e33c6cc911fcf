/** Central scoring: one for the whole operator, fed by every store. */
package io.smartstore.central;
