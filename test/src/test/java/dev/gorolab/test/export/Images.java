package dev.gorolab.test.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reading exported images back and comparing them the way a person would. */
final class Images {
  private Images() {}

  static BufferedImage read(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new AssertionError(file + " is not an image ImageIO can decode");
    }
    return image;
  }

  /** Fraction of pixels that differ from the top-left one: near 0 for a blank image. */
  static double inkFraction(BufferedImage image) {
    int bg = image.getRGB(0, 0);
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != bg) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }

  /** Pixels darker than mid grey in a band of rows: text on a light background. */
  static long darkPixels(BufferedImage image, int fromY, int toY) {
    long n = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int lum = ((p >> 16) & 0xff) * 3 + ((p >> 8) & 0xff) * 6 + (p & 0xff);
        if ((p >>> 24) > 128 && lum < 128 * 10) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Fraction of pixels whose colour differs by more than {@code tolerance} (0–255, in any
   * channel, alpha included); 1 when the sizes differ.
   */
  static double differingFraction(BufferedImage a, BufferedImage b, int tolerance) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return 1.0;
    }
    long differ = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 24; shift += 8) {
          if (Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)) > tolerance) {
            differ++;
            break;
          }
        }
      }
    }
    return (double) differ / ((long) a.getWidth() * a.getHeight());
  }

  /** Whether the rows {@code fromY..} of {@code big} equal all of {@code small}, pixel for pixel. */
  static boolean endsWith(BufferedImage big, BufferedImage small) {
    int offset = big.getHeight() - small.getHeight();
    if (big.getWidth() != small.getWidth() || offset < 0) {
      return false;
    }
    for (int y = 0; y < small.getHeight(); y++) {
      for (int x = 0; x < small.getWidth(); x++) {
        if (big.getRGB(x, y + offset) != small.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  static void write(BufferedImage image, Path file) throws IOException {
    ImageIO.write(image, "png", file.toFile());
  }
}
