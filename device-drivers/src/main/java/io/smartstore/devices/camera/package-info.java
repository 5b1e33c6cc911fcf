/** The kiosk camera as a QR reader: frame sources (ffmpeg, V4L2), ZXing on the luminance plane, one report per code shown. */
@NullMarked
package io.smartstore.devices.camera;

import org.jspecify.annotations.NullMarked;
