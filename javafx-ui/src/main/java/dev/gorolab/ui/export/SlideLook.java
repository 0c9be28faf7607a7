package dev.gorolab.ui.export;

import java.util.Locale;

/**
 * How the offscreen window looks, as the lecturer set up the app: its logical size, language,
 * theme, presentation zoom, whether runtime goroutines show, and the goroutine in the inspector.
 */
public record SlideLook(int widthPx, int heightPx, Locale locale, boolean dark, double zoom, boolean showSystem, int selectedG) {
  /** A 16:9 projector: 1280×720 logical pixels, so 3× is 3840×2160. */
  public static final int DEFAULT_WIDTH_PX = 1280;
  public static final int DEFAULT_HEIGHT_PX = 720;
  public static final int MIN_SIDE_PX = 400;
  public static final int MAX_SIDE_PX = 4000;

  public SlideLook {
    if (widthPx < MIN_SIDE_PX || widthPx > MAX_SIDE_PX || heightPx < MIN_SIDE_PX || heightPx > MAX_SIDE_PX) {
      throw new IllegalArgumentException("size must be " + MIN_SIDE_PX + ".." + MAX_SIDE_PX + " px a side, got " + widthPx + "x" + heightPx);
    }
  }

  /** The projector size, English, light theme, no zoom, no runtime goroutines, nothing selected. */
  public static SlideLook defaults() {
    return new SlideLook(DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX, Locale.ENGLISH, false, 1.0, false, -1);
  }

  public SlideLook withLocale(Locale l) {
    return new SlideLook(widthPx, heightPx, l, dark, zoom, showSystem, selectedG);
  }

  public SlideLook withDark(boolean d) {
    return new SlideLook(widthPx, heightPx, locale, d, zoom, showSystem, selectedG);
  }

  public SlideLook withZoom(double z) {
    return new SlideLook(widthPx, heightPx, locale, dark, z, showSystem, selectedG);
  }

  /**
   * The look of a slide of {@code w} × {@code h}: a window of that size whose zoom keeps the
   * proportions of the 1280×720 projector window, so 1920×1080 and 3840×2160 slides show the same
   * picture, only sharper, and text stays readable from the back of the room.
   */
  public SlideLook forSlide(int w, int h) {
    return new SlideLook(w, h, locale, dark, zoom * w / DEFAULT_WIDTH_PX, showSystem, selectedG);
  }

  public SlideLook withSize(int w, int h) {
    return new SlideLook(w, h, locale, dark, zoom, showSystem, selectedG);
  }
}
