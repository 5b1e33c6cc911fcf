/** The JSON records of the v1 API that cross the wire between kiosk, store and central ({@code api.md}). */
@NullMarked
package io.smartstore.protocol.wire;

import org.jspecify.annotations.NullMarked;
