package com.ublives.recovery.clinic.screen;

/** A rendered page as plain pixels (ARGB, row by row) at dpi, made off the FX thread without any toolkit. */
public record PageImage(int width, int height, int[] argb, float dpi) {

    public PageImage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("Expected " + width * height + " pixels, got " + argb.length);
        }
    }
}
