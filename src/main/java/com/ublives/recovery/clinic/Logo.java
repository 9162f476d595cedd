package com.ublives.recovery.clinic;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.InvalidInputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Checks that a logo is a PNG or JPEG that can be read, before it is stored or printed, and reads it
 * with bounded memory: its size in pixels is read from the file's header and checked before a pixel is
 * decoded (a small file can declare a huge image: 20000 × 20000 pixels took 3.5 GB and 22 s).
 */
public final class Logo {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Far more than a printed logo needs (at most 600 px are printed), and about 64 MB decoded. */
    public static final int MAX_SIDE = 4000;

    private Logo() {
    }

    /** A logo file's bytes, checked as {@link #check} does; a file over 2 MB is refused before it is read. */
    public static byte[] load(Path file, Object source) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InvalidInputException("logo", Phrase.of("input.logo.size", source, size / 1024));
        }
        return check(Files.readAllBytes(file), source);
    }

    /** The bytes unchanged when they are a readable PNG or JPEG of at most 2 MB and 4000 px a side; refused otherwise. */
    public static byte[] check(byte[] bytes, Object source) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("logo", Phrase.of("input.logo.empty", source));
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("logo", Phrase.of("input.logo.size", source, bytes.length / 1024));
        }
        if (!isPng(bytes) && !isJpeg(bytes)) {
            throw new InvalidInputException("logo", Phrase.of("input.logo.kind", source));
        }
        BufferedImage image = read(bytes, source);
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new InvalidInputException("logo", Phrase.of("input.logo.unreadable", source));
        }
        return bytes;
    }

    /**
     * The decoded image, or null when the bytes are no image that can be read; refused (input "logo")
     * when the header declares more than {@link #MAX_SIDE} pixels a side, before it is decoded.
     */
    public static BufferedImage read(byte[] bytes, Object source) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidInputException("logo", Phrase.of("input.logo.pixels", MAX_SIDE, source, width, height));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (InvalidInputException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException broken) {
            return null;
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
