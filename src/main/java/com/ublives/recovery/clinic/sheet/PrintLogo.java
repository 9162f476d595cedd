package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.clinic.Logo;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logo as it is printed: on white paper, at most 600 px on its long side (over 300 dpi at the
 * size the header gives it), as an RGB PNG without alpha. PDFBox embeds such a PNG by copying its
 * compressed data, where a PNG with transparency is decoded and compressed again for every document
 * (about 10 ms a sheet). Prepared once per distinct logo and kept for the next documents.
 */
final class PrintLogo {

    private static final int MAX_SIDE = 600;
    private static final int KEEP = 4;

    private final Map<ByteBuffer, byte[]> prepared = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, byte[]> eldest) {
            return size() > KEEP;
        }
    };

    /** The printable form of the logo, or null when it cannot be read (the sheet then has no logo). */
    byte[] of(byte[] logo) {
        ByteBuffer key = ByteBuffer.wrap(logo);
        byte[] done = prepared.get(key);
        if (done == null && !prepared.containsKey(key)) {
            done = prepare(logo);
            prepared.put(key, done);
        }
        return done;
    }

    private static byte[] prepare(byte[] logo) {
        try {
            BufferedImage source = Logo.read(logo, Phrase.of("input.logo.source"));
            if (source == null) {
                return null;
            }
            double shrink = Math.min(1, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * shrink));
            int height = Math.max(1, (int) Math.round(source.getHeight() * shrink));
            BufferedImage flat = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = flat.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(flat, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException unreadableOrTooLarge) {
            return null;
        }
    }
}
