/** Texts to a customer who asked for them at the kiosk: when they are next, and when they are called (SMPP 3.4). */
@NullMarked
package io.smartstore.store.texts;

import org.jspecify.annotations.NullMarked;
