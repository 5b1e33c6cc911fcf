/** Translations: an app's own, and the survey's, which the kiosk and the phone page share. */
@NullMarked
package io.smartstore.support.i18n;

import org.jspecify.annotations.NullMarked;
