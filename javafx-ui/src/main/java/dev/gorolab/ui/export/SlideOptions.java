package dev.gorolab.ui.export;

import java.util.Locale;

/**
 * What one exported image shows and how: the part of the window, the pixel scale, whether a
 * caption sits above it, and the background.
 */
public record SlideOptions(View view, int scale, boolean caption, Background background) {
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
  }

  /** The defaults: the whole window at 1×, no caption, white. */
  public static SlideOptions defaults() {
    return new SlideOptions(View.WINDOW, 1, false, Background.WHITE);
  }
}
