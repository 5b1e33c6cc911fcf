/** Readers without hardware, for the demo and for tests of the apps: first-class devices a person or a test triggers. */
package io.smartstore.devices.fake;
