package dev.gorolab.ui.view;

import dev.gorolab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.ui.viewmodel.Palette;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import dev.gorolab.ui.viewmodel.TimelineModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One lane per P and per M, coloured by the goroutine that ran, with event markers; a click seeks
 * to that step and the playhead follows the current step. Lanes are drawn once per run or resize;
 * moving the playhead only moves a line.
 */
public final class TimelineView extends Region {
  private static final double LABEL_WIDTH_EM = 3.2;
  private final PlayerViewModel player;
  private final Canvas canvas = new Canvas();
  private final Line playhead = new Line();
  private final DoubleProperty fontSize = new SimpleDoubleProperty(14);
  private boolean dark;
  private final BooleanProperty timeAxis = new SimpleBooleanProperty(false);
  /** Canvas pixels per layout pixel: 1 on screen, the export's scale for a crisp image. */
  private double pixelScale = 1;

  /**
   * A flag over every lane at one step: a data race, a choice the class made, where two runs part.
   *
   * @param colour a CSS colour
   */
  public record Flag(int step, String text, String colour) {}

  /** Flags by who set them (races, choices, divergence), drawn in that order. */
  private final java.util.LinkedHashMap<String, List<Flag>> flags = new java.util.LinkedHashMap<>();

  /** Replaces the flags of {@code group} ("race", "choice", …) and redraws. */
  public void setFlags(String group, List<Flag> now) {
    if (now.isEmpty()) {
      flags.remove(group);
    } else {
      flags.put(group, List.copyOf(now));
    }
    // While a new run is being loaded its trace is set before its lanes: the lanes' change redraws.
    Trace trace = player.traceProperty().get();
    if (trace == null || trace.size() == player.timelineProperty().get().steps()) {
      redraw();
    }
  }

  /** Every flag drawn, for tests. */
  public List<Flag> flags() {
    List<Flag> all = new ArrayList<>();
    flags.values().forEach(all::addAll);
    return all;
  }

  public TimelineView(PlayerViewModel player) {
    this.player = player;
    setId(Ids.TIMELINE);
    getStyleClass().add("timeline");
    playhead.getStyleClass().add("playhead");
    playhead.setMouseTransparent(true);
    getChildren().addAll(canvas, playhead);
    player.timelineProperty().addListener((obs, old, now) -> {
      // The number of lanes sets the height.
      requestLayout();
      redraw();
    });
    player.stepProperty().addListener((obs, old, now) -> placePlayhead());
    fontSize.addListener((obs, old, now) -> {
      requestLayout();
      redraw();
    });
    widthProperty().addListener((obs, old, now) -> redraw());
    player.followedProperty().addListener((obs, old, now) -> redraw());
    timeAxis.addListener((obs, old, now) -> redraw());
    setOnMouseClicked(e -> seekTo(e.getX()));
    setOnMouseDragged(e -> seekTo(e.getX()));
  }

  /** The font size in px, following presentation zoom. */
  public DoubleProperty fontSizeProperty() {
    return fontSize;
  }

  public void setDark(boolean dark) {
    this.dark = dark;
    redraw();
  }

  /**
   * Draws the canvas at {@code scale}× resolution (a canvas is a bitmap: a scaled snapshot of it
   * would only enlarge its pixels). For exports; the window keeps 1.
   */
  public void setPixelScale(double scale) {
    pixelScale = scale;
    canvas.getTransforms().setAll(new javafx.scene.transform.Scale(1 / scale, 1 / scale, 0, 0));
    layoutChildren();
  }

  private double laneHeight() {
    return fontSize.get() * 1.7;
  }

  private double axisHeight() {
    return fontSize.get() * 1.4;
  }

  private double left() {
    return fontSize.get() * LABEL_WIDTH_EM;
  }

  private List<AxisLabel> axisLabels = List.of();

  @Override
  protected double computePrefHeight(double width) {
    int lanes = Math.max(1, player.timelineProperty().get().lanes().size());
    return lanes * laneHeight() + axisHeight() + 4;
  }

  @Override
  protected void layoutChildren() {
    double h = computePrefHeight(getWidth());
    if (canvas.getWidth() != getWidth() * pixelScale || canvas.getHeight() != h * pixelScale) {
      canvas.setWidth(getWidth() * pixelScale);
      canvas.setHeight(h * pixelScale);
      redraw();
    }
    placePlayhead();
  }

  /** Whether the x axis is virtual time (true) or the step number (false, the default). */
  public BooleanProperty timeAxisProperty() {
    return timeAxis;
  }

  private double xOf(double step) {
    int n = Math.max(1, player.timelineProperty().get().steps());
    Trace trace = player.traceProperty().get();
    double w = getWidth() - left() - 4;
    if (!timeAxis.get() || trace == null || trace.size() == 0) {
      return left() + w * step / n;
    }
    long t0 = trace.time(0);
    long span = Math.max(1, endTime(trace) - t0);
    return left() + w * (timeOf(trace, (int) Math.floor(step)) - t0) / span;
  }

  /** Where a step's mark goes: the middle of its column on the step axis, its instant on the time axis. */
  private double markX(int step) {
    return timeAxis.get() ? xOf(step) : xOf(step + 0.5);
  }

  private static long timeOf(Trace trace, int step) {
    return step >= trace.size() ? endTime(trace) : trace.time(Math.max(0, step));
  }

  private static long endTime(Trace trace) {
    return Math.max(trace.time(trace.size() - 1), trace.outcome().virtualNanos());
  }

  private void seekTo(double x) {
    TimelineModel t = player.timelineProperty().get();
    Trace trace = player.traceProperty().get();
    if (t.steps() == 0 || trace == null) {
      return;
    }
    double w = getWidth() - left() - 4;
    double fraction = Math.max(0, Math.min(1, (x - left()) / w));
    if (!timeAxis.get()) {
      player.seek(Math.min((int) Math.floor(fraction * t.steps()), t.steps() - 1));
      return;
    }
    long target = trace.time(0) + (long) (fraction * (endTime(trace) - trace.time(0)));
    // The last step at or before the clicked instant (times never decrease).
    int lo = 0;
    int hi = trace.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (trace.time(mid) <= target) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    player.seek(lo);
  }

  private void placePlayhead() {
    int step = player.stepProperty().get();
    double x = step < 0 ? left() : markX(step);
    playhead.setStartX(x);
    playhead.setEndX(x);
    playhead.setStartY(0);
    playhead.setEndY(canvas.getHeight() / pixelScale);
  }

  private void redraw() {
    TimelineModel t = player.timelineProperty().get();
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth() / pixelScale;
    double h = canvas.getHeight() / pixelScale;
    g.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
    Color fg = dark ? Color.web("#e8e8e8") : Color.web("#202020");
    Color laneBg = dark ? Color.web("#2b2b2b") : Color.web("#f1f1f1");
    g.clearRect(0, 0, w, h);
    Font font = Font.font("System", fontSize.get() * 0.85);
    g.setFont(font);
    g.setTextBaseline(VPos.CENTER);
    double lh = laneHeight();
    for (int lane = 0; lane < t.lanes().size(); lane++) {
      double y = lane * lh;
      g.setFill(laneBg);
      g.fillRect(left(), y + 2, w - left() - 4, lh - 4);
      g.setFill(fg);
      g.setTextAlign(TextAlignment.LEFT);
      g.fillText(t.lanes().get(lane).label(), 4, y + lh / 2);
    }
    double lastLabelEnd = -1;
    List<AxisLabel> labels = new ArrayList<>();
    // A bar that falls inside what its lane has painted already is not drawn: a 10M-event run has
    // millions of bars on a canvas a few thousand pixels wide. Each pixel shows the first bar that
    // reaches it; a lane's bars end in step order, so the next one to draw is found by binary
    // search, and a redraw costs the lane's width in pixels (times log of its bars), whatever the
    // run's length.
    int followed = player.followedProperty().get();
    for (int lane = 0; lane < t.lanes().size(); lane++) {
      double painted = -1e9;
      int n = t.barCount(lane);
      for (int k = nextBar(t, lane, 0, n, painted); k < n; k = nextBar(t, lane, k + 1, n, painted)) {
        double x0 = xOf(t.barFrom(lane, k));
        double x1 = Math.max(x0 + 1, xOf(t.barTo(lane, k)));
        painted = Math.ceil(x1 * pixelScale) / pixelScale;
        drawBar(g, t, lane, k, x0, x1, lh, fg, laneBg, followed);
      }
    }
    // Where markers crowd, draw one per few pixels per kind: a solid band of glyphs says nothing.
    // The next marker of a kind at least that far on is found by binary search, and a lane's
    // markers are drawn in step order, as they happened.
    double gap = laneHeight() * 0.5;
    TimelineModel.MarkerKind[] kinds = TimelineModel.MarkerKind.values();
    for (int lane = 0; lane < t.lanes().size(); lane++) {
      int[] next = new int[kinds.length];
      double[] lastX = new double[kinds.length];
      java.util.Arrays.fill(lastX, -1e9);
      for (int kd = 0; kd < kinds.length; kd++) {
        next[kd] = nextMarker(t, lane, kinds[kd], 0, lastX[kd], gap);
      }
      while (true) {
        int kd = -1;
        int step = Integer.MAX_VALUE;
        for (int k = 0; k < kinds.length; k++) {
          if (next[k] < t.markerCount(lane, kinds[k]) && t.markerStep(lane, kinds[k], next[k]) < step) {
            step = t.markerStep(lane, kinds[k], next[k]);
            kd = k;
          }
        }
        if (kd < 0) {
          break;
        }
        double x = markX(step);
        lastX[kd] = x;
        drawMarker(g, kinds[kd], x, lane * lh, lh, fg);
        next[kd] = nextMarker(t, lane, kinds[kd], next[kd] + 1, lastX[kd], gap);
      }
    }
    drawFlags(g, t, lh, font);
    // Axis: virtual time at a few steps.
    Trace trace = player.traceProperty().get();
    if (trace != null && t.steps() > 0) {
      g.setFill(fg);
      g.setTextAlign(TextAlignment.LEFT);
      double y = t.lanes().size() * lh + axisHeight() / 2;
      int ticks = Math.max(2, (int) ((w - left()) / (fontSize.get() * 9)));
      for (int k = 0; k < ticks; k++) {
        double x;
        String text;
        if (timeAxis.get()) {
          long t0 = trace.time(0);
          long span = Math.max(1, endTime(trace) - t0);
          // Round labels to three significant digits of the span: 7.7ms, not 7.698676ms.
          long unit = (long) Math.pow(10, Math.max(0, Math.floor(Math.log10(span)) - 2));
          long at = Math.round((t0 + (double) k / (ticks - 1) * span) / unit) * unit;
          x = left() + (w - left() - 4) * k / (ticks - 1);
          text = GoDuration.format(at);
        } else {
          int step = (int) ((long) k * (t.steps() - 1) / Math.max(1, ticks - 1));
          x = xOf(step);
          text = "#" + (step + 1) + " " + GoDuration.format(trace.time(step));
        }
        // Measured, not guessed from the character count: the last label used to run off the
        // right edge. A label that would is moved left to end at the edge.
        double width = textWidth(text, font);
        x = Math.min(x, w - 4 - width);
        if (x < lastLabelEnd) {
          continue;
        }
        g.fillText(text, x, y);
        labels.add(new AxisLabel(text, x, width));
        lastLabelEnd = x + width + fontSize.get();
      }
    }
    axisLabels = List.copyOf(labels);
    placePlayhead();
  }

  /** The first bar of {@code lane} from {@code k} on whose end passes {@code painted} (n: none). */
  private int nextBar(TimelineModel t, int lane, int k, int n, double painted) {
    int lo = k;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double x0 = xOf(t.barFrom(lane, mid));
      double x1 = Math.max(x0 + 1, xOf(t.barTo(lane, mid)));
      if (Math.ceil(x1 * pixelScale) / pixelScale > painted) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The first marker of {@code kind} on {@code lane} from {@code k} on at least {@code gap} after {@code lastX}. */
  private int nextMarker(TimelineModel t, int lane, TimelineModel.MarkerKind kind, int k, double lastX, double gap) {
    int lo = k;
    int hi = t.markerCount(lane, kind);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (markX(t.markerStep(lane, kind, mid)) - lastX < gap) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void drawBar(GraphicsContext g, TimelineModel t, int lane, int k, double x0, double x1, double lh, Color fg, Color laneBg,
      int followed) {
    double y = lane * lh;
    int gid = t.barG(lane, k);
    boolean system = t.barSystem(lane, k);
    int c = Palette.colourOf(gid);
    g.setFill(Color.web(system ? Palette.SYSTEM : Palette.OKABE_ITO.get(c)));
    g.fillRect(x0, y + 3, x1 - x0, lh - 6);
    if (!system && Palette.cueOf(gid) > 0) {
      hatch(g, Palette.cueOf(gid), x0, y + 3, x1 - x0, lh - 6);
    }
    if (t.barSyscall(lane, k)) {
      g.setStroke(fg);
      // Set here: the width used to be whatever the bar, marker or flag drawn before had left.
      g.setLineWidth(1.5);
      g.setLineDashes(4, 3);
      g.strokeRect(x0, y + 3, x1 - x0, lh - 6);
      g.setLineDashes();
    }
    if (x1 - x0 > fontSize.get() * 2.2) {
      g.setFill(Color.web(system ? "#000000" : Palette.TEXT_ON.get(c)));
      g.setTextAlign(TextAlignment.CENTER);
      g.fillText("G" + gid, (x0 + x1) / 2, y + lh / 2, x1 - x0 - 2);
    }
    // A followed goroutine: the other bars fade, its own are outlined.
    if (followed >= 0 && gid != followed) {
      g.setFill(laneBg.deriveColor(0, 1, 1, 0.6));
      g.fillRect(x0, y + 3, x1 - x0, lh - 6);
    } else if (followed >= 0) {
      g.setStroke(fg);
      g.setLineWidth(2.5);
      g.strokeRect(x0 + 1, y + 2, Math.max(1, x1 - x0 - 2), lh - 4);
      g.setLineWidth(1);
    }
  }

  /**
   * The bar's second cue, as the tokens' outline: colours repeat after G7, so G8–G14 are hatched
   * "/", G15–G21 "-", G22–G28 "\\" (Palette.cueOf).
   */
  private static void hatch(GraphicsContext g, int cue, double x, double y, double w, double h) {
    // A bar a few pixels wide shows no pattern; and no clip: the software pipeline draws a clip as
    // a mask over the whole canvas, and with one per bar a 10,000-goroutine run took minutes.
    if (w < 3) {
      return;
    }
    g.setStroke(Color.rgb(0, 0, 0, 0.45));
    g.setLineWidth(1.5);
    double step = h * 0.5;
    if (cue == 2) {
      g.strokeLine(x, y + h / 2, x + w, y + h / 2);
      return;
    }
    boolean down = cue == 1; // "/" goes up to the right: from (sx, y+h) to (sx+h, y)
    for (double sx = x - h; sx < x + w + h; sx += step) {
      // The part of the diagonal from sx that lies within x..x+w, cut by hand.
      double t0 = Math.max(0, x - sx);
      double t1 = Math.min(h, x + w - sx);
      if (t1 <= t0) {
        continue;
      }
      double ya = down ? y + h - t0 : y + t0;
      double yb = down ? y + h - t1 : y + t1;
      g.strokeLine(sx + t0, ya, sx + t1, yb);
    }
  }

  /** A dashed line over the lanes at each flag's step, its text in a box at the top. */
  private void drawFlags(GraphicsContext g, TimelineModel t, double lh, Font font) {
    if (t.steps() == 0) {
      return;
    }
    double bottom = t.lanes().size() * lh;
    double lastEnd = -1e9;
    for (List<Flag> group : flags.values()) {
      for (Flag f : group) {
        if (f.step() < 0 || f.step() >= t.steps()) {
          continue;
        }
        Color c = Color.web(f.colour());
        double x = markX(f.step());
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.setLineDashes(6, 4);
        g.strokeLine(x, 0, x, bottom);
        g.setLineDashes();
        if (f.text().isEmpty() || x < lastEnd) {
          continue;
        }
        Font textFont = fontFor(f.text(), font);
        double w = textWidth(f.text(), textFont) + 8;
        double bx = Math.min(x + 2, getWidth() - 4 - w);
        g.setFill(c);
        g.fillRoundRect(bx, 1, w, lh * 0.8, 6, 6);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(textFont);
        g.fillText(f.text(), bx + 4, 1 + lh * 0.4);
        g.setFont(font);
        lastEnd = bx + w + 4;
      }
    }
  }

  /**
   * The canvas does not fall back to another font for a glyph its font lacks, so a flag in
   * Chinese ("i 上的竞争") drew as boxes: Han text gets the CJK font the window's CSS uses.
   */
  public static Font fontFor(String text, Font font) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        return Font.font(CJK_FAMILY, font.getSize());
      }
    }
    return font;
  }

  private static final String CJK_FAMILY = "Noto Sans CJK SC";

  private static double textWidth(String text, Font font) {
    Text t = new Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  /** A label drawn under the lanes: its text, where it starts and how wide it is, in layout px. */
  public record AxisLabel(String text, double x, double width) {}

  /** The axis labels as last drawn, left to right (for tests: none may run past the right edge). */
  public List<AxisLabel> axisLabels() {
    return axisLabels;
  }

  private void drawMarker(GraphicsContext g, TimelineModel.MarkerKind kind, double x, double y, double lh, Color fg) {
    double s = lh * 0.22;
    g.setFill(fg);
    g.setStroke(fg);
    g.setLineWidth(1.5);
    switch (kind) {
      case BLOCK -> g.fillPolygon(new double[] {x - s, x + s, x}, new double[] {y + 1, y + 1, y + 1 + s * 1.6}, 3);
      case WAKE -> g.fillPolygon(new double[] {x - s, x + s, x}, new double[] {y + lh - 1, y + lh - 1, y + lh - 1 - s * 1.6}, 3);
      case GOSCHED -> g.fillPolygon(new double[] {x, x + s, x, x - s}, new double[] {y + 1, y + 1 + s, y + 1 + 2 * s, y + 1 + s}, 4);
      case PREEMPT -> {
        g.strokeLine(x - s, y + 1, x + s, y + 1 + 2 * s);
        g.strokeLine(x + s, y + 1, x - s, y + 1 + 2 * s);
      }
      case STEAL -> g.fillOval(x - s, y + lh - 1 - 2 * s, 2 * s, 2 * s);
      case SYSCALL -> g.fillRect(x - s / 2, y + 1, s, 2 * s);
      default -> {
      }
    }
  }
}
