/** The kiosk's screens: attract, personal history by sphere, the NPS question and thank you. */
@NullMarked
package io.smartstore.kiosk.ui;

import org.jspecify.annotations.NullMarked;
