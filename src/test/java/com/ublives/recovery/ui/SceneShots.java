package com.ublives.recovery.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** What the screenshot tours share: finding a node by CSS query and saving the scene as a PNG. */
public final class SceneShots {

    private SceneShots() {
    }

    public static <T> T node(Scene scene, String query, Class<T> type) {
        Node node = scene.lookup(query);
        if (node == null) {
            throw new IllegalStateException("no node " + query);
        }
        return type.cast(node);
    }

    /** Call on the FX thread; writes the scene as it is drawn now. */
    public static void save(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", file.toFile());
            System.out.println("saved " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
