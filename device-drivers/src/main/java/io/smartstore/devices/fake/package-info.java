/** Readers without hardware, for the demo and for tests of the apps: first-class devices a person or a test triggers. */
@NullMarked
package io.smartstore.devices.fake;

import org.jspecify.annotations.NullMarked;
