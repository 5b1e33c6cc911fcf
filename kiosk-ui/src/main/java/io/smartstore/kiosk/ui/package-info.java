/** The kiosk's screens: attract, personal history by sphere, the NPS question and thank you. */
package io.smartstore.kiosk.ui;
