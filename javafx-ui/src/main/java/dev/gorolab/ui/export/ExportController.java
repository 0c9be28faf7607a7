package dev.gorolab.ui.export;

import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * Exports from the app: File ▸ Export…, Ctrl+Shift+C to copy an image, and sequences written in
 * the background with progress and Cancel. Every image comes from a {@link SlideStage} set up like
 * the window (its size, language, theme, zoom, step), so the window itself never changes and an
 * image from the app equals the one {@code gorolab export} gives. FX thread only.
 */
public final class ExportController {
  /** fx:ids of the overwrite question's buttons and of the progress window's Cancel. */
  public static final String REPLACE_ID = "export-replace";
  public static final String KEEP_ID = "export-keep";
  public static final String CANCEL_ID = "export-cancel";
  private final Stage owner;
  private final MainWindow window;
  private final MainViewModel vm;
  private final I18n i18n;
  private final Executor background;
  private final Consumer<String> notice;
  private SlideOptions last = SlideOptions.defaults();
  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * Creates the controller.
   *
   * @param background where sequences are written (a background thread; never the FX thread)
   * @param notice shows a short message to the lecturer
   */
  public ExportController(Stage owner, MainWindow window, MainViewModel vm, I18n i18n, Executor background, Consumer<String> notice) {
    this.owner = owner;
    this.window = window;
    this.vm = vm;
    this.i18n = i18n;
    this.background = background;
    this.notice = notice;
  }

  /** A controller for the app's window, writing sequences on a daemon thread of its own. */
  public static ExportController forWindow(Stage owner, MainWindow window, MainViewModel vm, I18n i18n, Consumer<String> notice) {
    Executor writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gorolab-export");
      t.setDaemon(true);
      return t;
    });
    return new ExportController(owner, window, vm, i18n, writer, notice);
  }

  /** The options of the last export or copy, which the next one starts from. */
  public SlideOptions lastOptions() {
    return last;
  }

  /** The window's look now: its size, language, theme, zoom, runtime Gs and the inspected goroutine. */
  public SlideLook lookOfWindow() {
    Scene s = window.scene();
    PlayerViewModel p = vm.player();
    int w = clamp((int) Math.round(s.getWidth()));
    int h = clamp((int) Math.round(s.getHeight()));
    return new SlideLook(w, h, i18n.locale(), window.isDark(), window.zoom(), p.showSystemProperty().get(), p.selectedProperty().get());
  }

  private static int clamp(int side) {
    return Math.max(SlideLook.MIN_SIDE_PX, Math.min(SlideLook.MAX_SIDE_PX, side));
  }

  /** An offscreen copy of the window at its current step, or null when no run is open. */
  public SlideStage offscreen() {
    return offscreen(SlideOptions.defaults());
  }

  /** An offscreen copy of the window for {@code options}: a slide lays the window out at the slide's size. */
  public SlideStage offscreen(SlideOptions options) {
    LoadedScenario scenario = vm.scenarioProperty().get();
    Trace trace = vm.player().traceProperty().get();
    if (scenario == null || trace == null) {
      return null;
    }
    SlideLook look = options.slide() ? lookOfWindow().forSlide(options.slideWidthPx(), options.slideHeightPx()) : lookOfWindow();
    SlideStage stage = new SlideStage(scenario, trace, look);
    stage.show(vm.player().stepProperty().get());
    return stage;
  }

  /** The image of the current step with {@code options}, or null when no run is open. */
  public BufferedImage render(SlideOptions options) {
    SlideStage stage = offscreen(options);
    if (stage == null) {
      return null;
    }
    try {
      return SlideRenderer.render(stage, options);
    } finally {
      stage.dispose();
    }
  }

  /** Ctrl+Shift+C: puts the current step's image (last options used) on the clipboard. */
  public boolean copy() {
    return copy(last);
  }

  /** Puts the current step's image on the system clipboard; false when no run is open. */
  public boolean copy(SlideOptions options) {
    BufferedImage image = render(options);
    if (image == null) {
      notice.accept(i18n.get("export.noRun"));
      return false;
    }
    last = options;
    ClipboardContent content = new ClipboardContent();
    content.putImage(SwingFXUtils.toFXImage(image, null));
    Clipboard.getSystemClipboard().setContent(content);
    notice.accept(i18n.get("export.copied", String.valueOf(image.getWidth()), String.valueOf(image.getHeight())));
    return true;
  }

  /** File ▸ Export…: the dialog, then the file chooser, the overwrite question and the export. */
  public void showDialog() {
    Trace trace = vm.player().traceProperty().get();
    if (trace == null || running.get()) {
      if (trace == null) {
        notice.accept(i18n.get("export.noRun"));
      }
      return;
    }
    int current = vm.player().stepProperty().get() + 1;
    ExportDialog.ask(owner, i18n, last, current, trace.size()).ifPresent(choice -> {
      if (choice.copy()) {
        copy(choice.request().options());
        return;
      }
      ExportRequest r = choice.request();
      last = r.options();
      switch (r.kind()) {
        case STEP -> chooseFile("*.png", "export.filter.png", "step-" + current + ".png").ifPresent(f -> exportStep(f, r.options()));
        case GIF -> chooseFile("*.gif", "export.filter.gif", vm.scenarioProperty().get().id() + ".gif")
            .ifPresent(f -> startSequence(new SlideSequence(r.fromStep(), r.toStep(), null, f), r.options()));
        case SEQUENCE -> chooseFolder().ifPresent(d -> startSequence(new SlideSequence(r.fromStep(), r.toStep(), d, null), r.options()));
        default -> throw new IllegalStateException(r.kind().name());
      }
    });
  }

  /** Writes the current step to {@code file}, asking first if it exists; returns whether it wrote. */
  public boolean exportStep(Path file, SlideOptions options) {
    if (Files.exists(file) && !confirm(i18n.get("export.replace.one", file.getFileName()))) {
      return false;
    }
    try {
      BufferedImage image = render(options);
      if (image == null) {
        return false;
      }
      ImageFiles.writePng(image, file, true);
      notice.accept(i18n.get("export.done", file.getFileName()));
      return true;
    } catch (java.io.IOException e) {
      notice.accept(i18n.get("export.failed", e.getMessage()));
      return false;
    }
  }

  /**
   * Writes a sequence in the background behind a progress window with Cancel, asking first if any
   * of its files exist. Returns the cancel flag, or null when nothing was started.
   */
  public AtomicBoolean startSequence(SlideSequence seq, SlideOptions options) {
    List<Path> existing = seq.existing();
    if (!existing.isEmpty()) {
      Path first = existing.get(0);
      String question = existing.size() == 1
          ? i18n.get("export.replace.one", first.getFileName())
          : i18n.get("export.replace.many", String.valueOf(existing.size()), first.getParent(), first.getFileName());
      if (!confirm(question)) {
        return null;
      }
    }
    SlideStage stage = offscreen(options);
    if (stage == null || !running.compareAndSet(false, true)) {
      return null;
    }
    AtomicBoolean cancel = new AtomicBoolean();
    ProgressBar bar = new ProgressBar(0);
    bar.setPrefWidth(360);
    Label text = new Label(i18n.get("export.progress", 0, seq.size()));
    Button stop = new Button(i18n.get("export.cancel"));
    stop.setId(CANCEL_ID);
    stop.setOnAction(e -> cancel.set(true));
    VBox box = new VBox(10, text, bar, stop);
    box.setPadding(new Insets(16));
    Stage progress = new Stage();
    progress.initOwner(owner);
    progress.initModality(Modality.WINDOW_MODAL);
    progress.setTitle(i18n.get("export.title"));
    progress.setScene(new Scene(box));
    progress.setOnCloseRequest(e -> cancel.set(true));
    progress.show();
    background.execute(() -> {
      String outcome;
      try {
        int n = seq.write(stage, options, true, new SlideSequence.Progress() {
          @Override
          public void written(int done, int total) {
            Platform.runLater(() -> {
              bar.setProgress((double) done / total);
              text.setText(i18n.get("export.progress", Math.min(done + 1, total), total));
            });
          }

          @Override
          public boolean cancelled() {
            return cancel.get();
          }
        });
        outcome = cancel.get() ? i18n.get("export.cancelled", n) : i18n.get("export.doneMany", n);
      } catch (Exception e) {
        outcome = i18n.get("export.failed", String.valueOf(e.getMessage()));
      }
      String message = outcome;
      Platform.runLater(() -> {
        progress.close();
        stage.dispose();
        running.set(false);
        notice.accept(message);
      });
    });
    return cancel;
  }

  /** Whether a sequence is being written. */
  public boolean isRunning() {
    return running.get();
  }

  private boolean confirm(String question) {
    ButtonType replace = new ButtonType(i18n.get("export.replace.yes"), javafx.scene.control.ButtonBar.ButtonData.YES);
    ButtonType keep = new ButtonType(i18n.get("export.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, replace, keep);
    a.initOwner(owner);
    a.setTitle(i18n.get("export.replace.title"));
    a.setHeaderText(null);
    a.getDialogPane().lookupButton(replace).setId(REPLACE_ID);
    a.getDialogPane().lookupButton(keep).setId(KEEP_ID);
    return a.showAndWait().orElse(keep) == replace;
  }

  private java.util.Optional<Path> chooseFile(String pattern, String filterKey, String suggested) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("export.title"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern));
    chooser.setInitialFileName(suggested);
    File f = chooser.showSaveDialog(owner);
    return java.util.Optional.ofNullable(f).map(File::toPath);
  }

  private java.util.Optional<Path> chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(i18n.get("export.chooseFolder"));
    File f = chooser.showDialog(owner);
    return java.util.Optional.ofNullable(f).map(File::toPath);
  }
}
