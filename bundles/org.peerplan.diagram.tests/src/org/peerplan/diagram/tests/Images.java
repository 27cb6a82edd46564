package org.peerplan.diagram.tests;

import java.awt.image.BufferedImage;

/** Looking at rendered images. */
final class Images {

    private Images() {
    }

    /** The share of pixels that are not (nearly) white. */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                ink += r + g + b < 3 * 240 ? 1 : 0;
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
