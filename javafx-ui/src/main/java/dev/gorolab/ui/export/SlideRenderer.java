package dev.gorolab.ui.export;

import dev.gorolab.ui.view.Ids;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;

/**
 * Turns what a {@link SlideStage} shows into an image: a snapshot of one of its views with a scale
 * transform (so text is drawn at the target resolution, not enlarged), and an optional caption
 * rendered the same way and placed above it. FX thread only.
 */
public final class SlideRenderer {
  private SlideRenderer() {}

  /** The image of the current step of {@code stage} as {@code options} ask. */
  public static BufferedImage render(SlideStage stage, SlideOptions options) {
    return render(stage, options, null);
  }

  /**
   * The image of the current step, on a canvas of {@code canvas} logical pixels when given (every
   * frame of a sequence has the size of the largest, the rest filled with the background), or of
   * the slide's size when {@code options} ask for a slide: there the view is scaled down to fit
   * under its caption when it is taller, never up, and starts at the top left.
   */
  public static BufferedImage render(SlideStage stage, SlideOptions options, Dimension2D canvas) {
    Node node = stage.node(options.view());
    Color fill = fill(stage, options.background());
    stage.setPixelScale(options.scale());
    int scale = options.scale();
    Dimension2D frame = options.slide() ? new Dimension2D(options.slideWidthPx(), options.slideHeightPx()) : canvas;
    Bounds view = node.getLayoutBounds();
    // A slide's caption is as wide as the slide and known before the view is fitted under it.
    BufferedImage caption = options.caption() && frame != null ? snapshot(captionNode(stage, frame.getWidth()), scale, fill) : null;
    double captionHeight = caption == null ? 0 : (double) caption.getHeight() / scale;
    double fit = 1;
    if (options.slide()) {
      fit = Math.min(1, Math.min(frame.getWidth() / view.getWidth(), (frame.getHeight() - captionHeight) / view.getHeight()));
    }
    double f = fit;
    BufferedImage image = withoutOwnBackground(stage, node, options, () -> snapshot(node, scale * f, fill));
    if (frame == null && options.view() == SlideOptions.View.RUNTIME && node instanceof Region r) {
      image = trimRight(image, fill, (int) Math.round(r.getInsets().getLeft() * scale));
    }
    if (options.caption() && frame == null) {
      caption = snapshot(captionNode(stage, (double) image.getWidth() / scale), scale, fill);
    }
    if (frame == null) {
      return flatten(image, caption, fill, image.getWidth(), image.getHeight() + (caption == null ? 0 : caption.getHeight()));
    }
    // A canvas (a sequence) and a slide both hold the caption, if any, and the view.
    return flatten(image, caption, fill, (int) Math.round(frame.getWidth() * scale), (int) Math.round(frame.getHeight() * scale));
  }

  /**
   * The logical size {@link #render} gives the current step without a canvas: what a sequence
   * measures on every step before drawing any, to give them all one size.
   */
  public static Dimension2D measure(SlideStage stage, SlideOptions options) {
    Bounds view = stage.node(options.view()).getLayoutBounds();
    double captionHeight = options.caption() ? captionNode(stage, view.getWidth()).getLayoutBounds().getHeight() : 0;
    return new Dimension2D(Math.ceil(view.getWidth()), Math.ceil(view.getHeight() + captionHeight));
  }

  /** The caption's text, one line: title, step and virtual time. */
  public static String captionHeading(SlideStage stage) {
    return stage.scenario().title() + "  ·  " + stage.player().stepTextProperty().get() + "  ·  " + stage.player().timeTextProperty().get();
  }

  private static Color fill(SlideStage stage, SlideOptions.Background background) {
    if (background == SlideOptions.Background.TRANSPARENT) {
      return Color.TRANSPARENT;
    }
    if (!stage.isDark()) {
      return Color.WHITE;
    }
    // Light text on white is unreadable: the dark theme keeps its own background.
    Node main = stage.node(SlideOptions.View.WINDOW).lookup("#" + Ids.MAIN);
    if (main instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
      Paint p = r.getBackground().getFills().get(0).getFill();
      if (p instanceof Color c) {
        return c;
      }
    }
    return Color.BLACK;
  }

  /**
   * For a transparent image, the panel behind the view must not paint either; its style is put
   * back afterwards. The runtime view has no background of its own.
   */
  private static BufferedImage withoutOwnBackground(SlideStage stage, Node node, SlideOptions options, java.util.function.Supplier<BufferedImage> render) {
    Node panel = options.view() == SlideOptions.View.WINDOW ? node.lookup("#" + Ids.MAIN) : node;
    if (options.background() != SlideOptions.Background.TRANSPARENT || !(panel instanceof Region r)) {
      return render.get();
    }
    String style = r.getStyle();
    r.setStyle(style + "-fx-background-color: transparent; -fx-border-color: transparent;");
    r.applyCss();
    try {
      return render.get();
    } finally {
      r.setStyle(style);
      r.applyCss();
    }
  }

  private static Node captionNode(SlideStage stage, double width) {
    Label heading = new Label(captionHeading(stage));
    heading.setWrapText(true);
    heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.25em;");
    Label narration = new Label(stage.narration());
    narration.setWrapText(true);
    narration.setStyle("-fx-font-size: 1.15em;");
    VBox box = new VBox(heading, narration);
    box.setSpacing(4);
    box.setPadding(new Insets(10, 14, 10, 14));
    box.setStyle(stage.rootStyle() + "-fx-background-color: transparent;");
    if (stage.chinese()) {
      box.getStyleClass().add("zh");
    }
    box.setPrefWidth(width);
    box.setMinWidth(width);
    box.setMaxWidth(width);
    Scene scene = new Scene(box);
    scene.setFill(Color.TRANSPARENT);
    scene.getStylesheets().setAll(stage.stylesheets());
    box.applyCss();
    box.resize(width, box.prefHeight(width));
    box.layout();
    return box;
  }

  /** Renders {@code node} at {@code scale}× its layout size, text and shapes drawn at that resolution. */
  static BufferedImage snapshot(Node node, double scale, Color fill) {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(fill);
    params.setTransform(Transform.scale(scale, scale));
    Bounds b = node.localToParent(node.getLayoutBounds());
    // A viewport of whole pixels: the image is exactly the view's size times the scale.
    params.setViewport(new Rectangle2D(
        Math.floor(b.getMinX() * scale), Math.floor(b.getMinY() * scale),
        Math.max(1, Math.round(b.getWidth() * scale)), Math.max(1, Math.round(b.getHeight() * scale))));
    WritableImage image = node.snapshot(params, null);
    return SwingFXUtils.fromFXImage(image, null);
  }

  /**
   * Cuts the empty right-hand part: the runtime view is as wide as its widest possible row, and a
   * slide should show the cards, not a strip of blank. Keeps a margin as wide as the left one.
   */
  static BufferedImage trimRight(BufferedImage image, Color fill, int marginPx) {
    int bg = toArgb(fill);
    boolean transparent = fill.getOpacity() == 0;
    int last = -1;
    for (int x = image.getWidth() - 1; x >= 0 && last < 0; x--) {
      for (int y = 0; y < image.getHeight(); y++) {
        int p = image.getRGB(x, y);
        if (transparent ? (p >>> 24) != 0 : p != bg) {
          last = x;
          break;
        }
      }
    }
    int width = Math.min(image.getWidth(), Math.max(1, last + 1 + marginPx));
    return width == image.getWidth() ? image : image.getSubimage(0, 0, width, image.getHeight());
  }

  private static int toArgb(Color c) {
    int a = (int) Math.round(c.getOpacity() * 255);
    int r = (int) Math.round(c.getRed() * 255);
    int g = (int) Math.round(c.getGreen() * 255);
    int b = (int) Math.round(c.getBlue() * 255);
    return (a << 24) | (r << 16) | (g << 8) | b;
  }

  /**
   * One image in a plain pixel format: RGB when opaque (smaller files, no alpha for a slide tool to
   * trip over), ARGB when transparent.
   */
  private static BufferedImage flatten(BufferedImage view, BufferedImage caption, Color fill, int w, int h) {
    int top = caption == null ? 0 : caption.getHeight();
    boolean opaque = fill.getOpacity() >= 1.0;
    BufferedImage out = new BufferedImage(w, h, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      if (opaque) {
        g.setColor(new java.awt.Color((float) fill.getRed(), (float) fill.getGreen(), (float) fill.getBlue()));
        g.fillRect(0, 0, w, h);
      }
      if (caption != null) {
        g.drawImage(caption, 0, 0, null);
      }
      g.drawImage(view, 0, top, null);
    } finally {
      g.dispose();
    }
    return out;
  }

}
