package dev.gorolab.ui.export;

import dev.gorolab.ui.view.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A range of steps written as numbered PNGs, an animated GIF, or both. Step numbers are the ones
 * the window shows ("step n / N"): 0 is the start, before the first event; n is the n-th event.
 * Renders on the FX thread one step at a time and encodes on the caller's thread, so the app's
 * window stays responsive. Call from a thread other than the FX thread.
 */
public final class SlideSequence {
  /** A GIF frame lasts one step of the app's player at 1× speed. */
  public static final int GIF_DELAY_CENTIS = (int) Math.round(MainWindow.Timing.LECTURE.stepMillis() / 10);

  /** Reports progress and asks whether to stop; both called on the writing thread. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void written(int done, int total) {}

    default boolean cancelled() {
      return false;
    }
  }

  private final int fromStep;
  private final int toStep;
  private final Path dir;
  private final Path gif;

  /**
   * Describes the export.
   *
   * @param dir where the numbered PNGs go, or null for none
   * @param gif the animated GIF to write, or null for none
   */
  public SlideSequence(int fromStep, int toStep, Path dir, Path gif) {
    if (fromStep < 0 || toStep < fromStep) {
      throw new IllegalArgumentException("bad range " + fromStep + ".." + toStep);
    }
    if (dir == null && gif == null) {
      throw new IllegalArgumentException("a sequence needs a folder, a GIF or both");
    }
    this.fromStep = fromStep;
    this.toStep = toStep;
    this.dir = dir;
    this.gif = gif;
  }

  /** Name of the PNG of step {@code step}: {@code step-007.png}, as wide as the last step needs. */
  public static String fileName(int step, int lastStep) {
    int digits = Math.max(3, Integer.toString(lastStep).length());
    return String.format(Locale.ROOT, "step-%0" + digits + "d.png", step);
  }

  /** Every file this export writes, PNGs in step order, then the GIF. */
  public List<Path> targets() {
    List<Path> all = new ArrayList<>();
    if (dir != null) {
      for (int s = fromStep; s <= toStep; s++) {
        all.add(dir.resolve(fileName(s, toStep)));
      }
    }
    if (gif != null) {
      all.add(gif);
    }
    return all;
  }

  /** The targets that exist already, which the caller must not overwrite without asking. */
  public List<Path> existing() {
    List<Path> found = new ArrayList<>();
    for (Path p : targets()) {
      if (Files.exists(p)) {
        found.add(p);
      }
    }
    return found;
  }

  public int size() {
    return toStep - fromStep + 1;
  }

  /**
   * Renders and writes every step; returns how many were written (fewer when cancelled).
   *
   * @param replace whether existing files may be replaced
   */
  public int write(SlideStage stage, SlideOptions options, boolean replace, Progress progress) throws Exception {
    int total = size();
    int done = 0;
    // GIF has no alpha: transparent frames go on the theme's page colour.
    java.awt.Color matte = Fx.call(stage::isDark) ? new java.awt.Color(0x1e1f22) : java.awt.Color.WHITE;
    // One size for every frame: a GIF takes its canvas from the first frame and clipped the
    // larger ones, and numbered slides that change size jump on a slide. A slide has its size;
    // otherwise every step is laid out (not drawn) first and the largest sets the canvas.
    javafx.geometry.Dimension2D canvas = options.slide() ? null : Fx.call(() -> {
      double w = 0;
      double h = 0;
      for (int s = fromStep; s <= toStep; s++) {
        stage.show(s - 1);
        javafx.geometry.Dimension2D d = SlideRenderer.measure(stage, options);
        w = Math.max(w, d.getWidth());
        h = Math.max(h, d.getHeight());
      }
      return new javafx.geometry.Dimension2D(w, h);
    });
    try (ImageFiles.GifSequence animation = gif == null ? null : new ImageFiles.GifSequence(gif, replace, matte)) {
      for (int s = fromStep; s <= toStep; s++) {
        if (progress.cancelled()) {
          break;
        }
        int index = s - 1;
        BufferedImage image = Fx.call(() -> {
          stage.show(index);
          return SlideRenderer.render(stage, options, canvas);
        });
        if (dir != null) {
          ImageFiles.writePng(image, dir.resolve(fileName(s, toStep)), replace);
        }
        if (animation != null) {
          animation.add(image, GIF_DELAY_CENTIS);
        }
        done++;
        progress.written(done, total);
      }
    }
    return done;
  }
}
