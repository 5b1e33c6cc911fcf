/** The shop's kiosks as a script enrols them: a token per kiosk, shown once, revocable. */
@NullMarked
package io.smartstore.store.kiosks;

import org.jspecify.annotations.NullMarked;
