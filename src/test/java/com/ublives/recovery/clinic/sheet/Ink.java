package com.ublives.recovery.clinic.sheet;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Compares the ink of two pictures of a line of text, drawn by different renderers: each is cut to
 * its ink and set on the other's top left corner, then the share of each one's ink pixels that have
 * ink of the other within a pixel. Different anti-aliasing moves edges by a pixel and matches; a
 * different glyph, a missing join or words in another order do not.
 */
final class Ink {

    private static final int DARK = 160;

    private Ink() {
    }

    /** 1 when every ink pixel of each has ink of the other beside it; the lower of the two shares. */
    static double match(BufferedImage a, BufferedImage b) {
        boolean[][] inkA = ink(a);
        boolean[][] inkB = ink(b);
        Rectangle boxA = bounds(inkA);
        Rectangle boxB = bounds(inkB);
        if (boxA.isEmpty() || boxB.isEmpty()) {
            return 0;
        }
        return Math.min(covered(inkA, boxA, inkB, boxB), covered(inkB, boxB, inkA, boxA));
    }

    private static double covered(boolean[][] ink, Rectangle box, boolean[][] other, Rectangle otherBox) {
        int total = 0;
        int near = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (!ink[y][x]) {
                    continue;
                }
                total++;
                int ox = x - box.x + otherBox.x;
                int oy = y - box.y + otherBox.y;
                if (anyAround(other, ox, oy)) {
                    near++;
                }
            }
        }
        return total == 0 ? 0 : (double) near / total;
    }

    private static boolean anyAround(boolean[][] ink, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if (yy >= 0 && yy < ink.length && xx >= 0 && xx < ink[yy].length && ink[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean[][] ink(BufferedImage image) {
        boolean[][] ink = new boolean[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luma = (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                ink[y][x] = luma < DARK;
            }
        }
        return ink;
    }

    private static Rectangle bounds(boolean[][] ink) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < ink.length; y++) {
            for (int x = 0; x < ink[y].length; x++) {
                if (ink[y][x]) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new Rectangle() : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
