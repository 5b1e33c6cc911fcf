package io.smartstore.devices.camera;

/** One camera frame's luminance plane: {@code width × height} bytes, row by row, 0 black to 255 white. */
public record GrayFrame(int width, int height, byte[] luminance) {

    public GrayFrame {
        if (width < 1 || height < 1 || luminance == null || luminance.length != width * height) {
            throw new IllegalArgumentException("a gray frame has width × height bytes");
        }
    }

    @Override
    public String toString() {
        return "GrayFrame[" + width + "×" + height + "]";
    }
}
