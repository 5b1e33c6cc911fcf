/** The kiosk's readers: which ones it has, their lifecycle with the app, and their health. */
@NullMarked
package io.smartstore.kiosk.readers;

import org.jspecify.annotations.NullMarked;
