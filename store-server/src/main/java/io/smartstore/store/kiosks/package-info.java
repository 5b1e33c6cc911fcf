/** The shop's kiosks as a script enrols them: a token per kiosk, shown once, revocable. */
package io.smartstore.store.kiosks;
