package com.ublives.recovery.clinic;

import com.ublives.recovery.rules.InvalidInputException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Checks that a logo is a PNG or JPEG that can be read, before it is stored or printed. */
public final class Logo {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private Logo() {
    }

    /** The bytes unchanged when they are a readable PNG or JPEG of at most 2 MB; refused otherwise. */
    public static byte[] check(byte[] bytes, String source) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("logo", "must be a PNG or JPEG image; " + source + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("logo", "must be at most 2 MB; " + source + " has " + bytes.length / 1024 + " KB");
        }
        if (!isPng(bytes) && !isJpeg(bytes)) {
            throw new InvalidInputException("logo", "must be a PNG or JPEG image; " + source + " is neither");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException broken) {
            image = null;
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new InvalidInputException("logo", "must be a readable PNG or JPEG image; " + source + " cannot be read");
        }
        return bytes;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
