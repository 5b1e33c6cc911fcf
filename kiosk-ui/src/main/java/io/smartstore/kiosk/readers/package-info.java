/** The kiosk's readers: which ones it has, their lifecycle with the app, and their health. */
package io.smartstore.kiosk.readers;
