package dev.gorolab.ui.export;

import java.util.Locale;

/**
 * What one exported image shows and how: the part of the window, the pixel scale, whether a
 * caption sits above it, the background, and the slide it fills: {@code slideWidthPx} ×
 * {@code slideHeightPx} logical pixels (16:9 for a projector), or 0 × 0 for the view's own size.
 */
public record SlideOptions(View view, int scale, boolean caption, Background background, int slideWidthPx, int slideHeightPx) {
  /** The slide sizes the export dialog offers: 16:9 at 720p, 1080p and 4K. */
  public static final java.util.List<int[]> SLIDE_SIZES = java.util.List.of(new int[] {1280, 720}, new int[] {1920, 1080}, new int[] {3840, 2160});

  /** The view at its own size, no slide frame. */
  public SlideOptions(View view, int scale, boolean caption, Background background) {
    this(view, scale, caption, background, 0, 0);
  }

  /** Whether the image is a slide of a fixed size (every frame of a sequence the same). */
  public boolean slide() {
    return slideWidthPx > 0;
  }

  public SlideOptions withSlide(int widthPx, int heightPx) {
    return new SlideOptions(view, scale, caption, background, widthPx, heightPx);
  }
  public static final int MIN_SCALE = 1;
  public static final int MAX_SCALE = 3;

  /** The part of the window an image shows. */
  public enum View {
    /** The runtime view, whole (also the part scrolled out of sight). */
    RUNTIME,
    /** The timeline with its legend. */
    TIMELINE,
    /** The whole window, exactly as it is on screen. */
    WINDOW;

    /** The word used on the command line: {@code runtime}, {@code timeline}, {@code window}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What shows where the view itself draws nothing. */
  public enum Background {
    /** White in the light theme; the theme's own background in the dark one, where white would swallow the text. */
    WHITE,
    /** Transparent: for slides with their own background. */
    TRANSPARENT;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SlideOptions {
    if (view == null || background == null) {
      throw new NullPointerException("view and background are required");
    }
    if (scale < MIN_SCALE || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be " + MIN_SCALE + ".." + MAX_SCALE + ", got " + scale);
    }
    if ((slideWidthPx == 0) != (slideHeightPx == 0) || slideWidthPx < 0 || slideHeightPx < 0) {
      throw new IllegalArgumentException("a slide needs both sides, got " + slideWidthPx + "x" + slideHeightPx);
    }
  }

  /** The defaults: the whole window at 1×, no caption, white. */
  public static SlideOptions defaults() {
    return new SlideOptions(View.WINDOW, 1, false, Background.WHITE);
  }
}
