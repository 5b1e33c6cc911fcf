/** What the Smart Store apps share that needs Spring; no feature logic lives here. */
package io.smartstore.support;
