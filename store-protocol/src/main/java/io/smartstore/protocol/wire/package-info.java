/** The JSON records of the v1 API that cross the wire between kiosk, store and central ({@code api.md}). */
package io.smartstore.protocol.wire;
