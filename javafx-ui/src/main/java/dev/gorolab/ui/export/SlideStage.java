package dev.gorolab.ui.export;

import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioBackend;
import dev.gorolab.ui.backend.ScenarioLoadException;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.view.RuntimeView;
import dev.gorolab.ui.view.TimelineView;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The app's own window, built on a recorded run but never shown: the same view classes, the same
 * stylesheets, sized like a projector, with token animation off so every step shows its settled
 * state. Exports render from here, so the command line and the app give the same pixels, and
 * stepping through a sequence never disturbs the window the lecturer is using. FX thread only.
 */
public final class SlideStage {
  /** The app's pacing with animation off: the image shows where tokens end up. */
  static final MainWindow.Timing STILL = new MainWindow.Timing(MainWindow.Timing.LECTURE.stepMillis(), 0);

  private final LoadedScenario scenario;
  private final SlideLook look;
  private final MainWindow window;
  private final PlayerViewModel player;
  private final Scene scene;
  /** The runtime view of an export: its own copy, laid out at the slide's width (P cards in a grid). */
  private final RuntimeView runtimeFrame;
  private final VBox runtimeBox;

  /** Builds the window on {@code trace}, a run of {@code scenario}, showing the start. */
  public SlideStage(LoadedScenario scenario, Trace trace, SlideLook look) {
    this.scenario = scenario;
    this.look = look;
    I18n i18n = new I18n(look.locale());
    MainViewModel vm = new MainViewModel(new RecordedBackend(scenario, trace), Runnable::run, Runnable::run, new MemoryPreferences(), i18n);
    window = new MainWindow(new Stage(), vm, i18n, STILL);
    if (look.dark()) {
      window.toggleTheme();
    }
    window.setZoom(look.zoom());
    player = vm.player();
    player.showSystemProperty().set(look.showSystem());
    vm.open(scenario);
    if (look.selectedG() >= 0) {
      player.select(look.selectedG());
    }
    // The window's scene is as large as the screen allows; a scene of our own has the size asked for.
    Scene own = window.scene();
    Parent root = own.getRoot();
    List<String> sheets = List.copyOf(own.getStylesheets());
    own.setRoot(new Group());
    scene = new Scene(root, look.widthPx(), look.heightPx());
    scene.getStylesheets().setAll(sheets);
    // In the window the runtime view gets what the code pane leaves: at 1280 px one column of P
    // cards. A slide of the runtime view lays it out at the whole width, as the class sees it.
    runtimeFrame = new RuntimeView(player, i18n, () -> 0);
    runtimeBox = new VBox(runtimeFrame);
    runtimeBox.setStyle(root.getStyle());
    runtimeBox.getStyleClass().addAll(root.getStyleClass().contains("zh") ? List.of("zh") : List.of());
    Scene frameScene = new Scene(new Group(runtimeBox));
    frameScene.getStylesheets().setAll(sheets);
    settle();
  }

  public LoadedScenario scenario() {
    return scenario;
  }

  public SlideLook look() {
    return look;
  }

  public PlayerViewModel player() {
    return player;
  }

  /** Number of steps of the run. */
  public int stepCount() {
    return player.stepCountProperty().get();
  }

  /** Shows step {@code index} (-1: before the first event) and lays the window out. */
  public void show(int index) {
    player.seek(index);
    settle();
    boolean windowDrawn = !(scene.lookup("#" + Ids.RUNTIME) instanceof RuntimeView v)
        || java.util.Objects.equals(v.drawnScene(), player.sceneProperty().get());
    if (!windowDrawn || !java.util.Objects.equals(runtimeFrame.drawnScene(), player.sceneProperty().get())) {
      // (Equal scenes fire no change, so equality, not identity.) JavaFX reports an exception in a
      // listener and carries on: without this check the image
      // would show a half-drawn step, or the previous one, and the export would still succeed.
      throw new IllegalStateException("the runtime view could not draw step " + (index + 1) + "; see the error above");
    }
  }

  /** The node that {@code view} names, laid out for the current step. */
  public Node node(SlideOptions.View view) {
    return switch (view) {
      case WINDOW -> scene.getRoot();
      case RUNTIME -> runtimeFrame;
      // The timeline and its legend: markers mean nothing without it.
      case TIMELINE -> scene.lookup("#" + Ids.TIMELINE).getParent();
    };
  }

  /** The narration bar's text at the current step, exactly as the window shows it. */
  public String narration() {
    Node n = scene.lookup("#" + Ids.NARRATION);
    return n instanceof Label l ? l.getText() : player.narrationProperty().get();
  }

  public boolean isDark() {
    return window.isDark();
  }

  /** The window's stylesheets, so a caption looks like the app. */
  public List<String> stylesheets() {
    return scene.getStylesheets();
  }

  /** The inline style of the window's root (its font size, which follows zoom). */
  public String rootStyle() {
    return scene.getRoot().getStyle();
  }

  /** Whether the root carries the Chinese font class. */
  public boolean chinese() {
    return scene.getRoot().getStyleClass().contains("zh");
  }

  /** Draws the timeline's canvas at {@code scale}× resolution, so its text is as crisp as the rest. */
  public void setPixelScale(int scale) {
    if (scene.lookup("#" + Ids.TIMELINE) instanceof TimelineView t) {
      t.setPixelScale(scale);
    }
  }

  /** Stops the window's clock so it can be collected. */
  public void dispose() {
    window.dispose();
  }

  private void settle() {
    // Two passes: the first layout can change what CSS applies (wrapped rows, +N more).
    for (int i = 0; i < 2; i++) {
      scene.getRoot().applyCss();
      scene.getRoot().layout();
      runtimeBox.applyCss();
      // The size the Group gives it in the layout pass a snapshot runs: its preferred width (P
      // cards two to a row) and the height for that width. Measured at the slide's width
      // instead, the view was drawn narrower and taller than measured and the image lost its
      // bottom: teach-ten-thousand ended at "Sleeping", without Waiting and Done.
      runtimeBox.autosize();
      runtimeBox.layout();
    }
  }

  /** The logical size of {@code view} as laid out now, without drawing it. */
  public javafx.geometry.Dimension2D size(SlideOptions.View view) {
    javafx.geometry.Bounds b = node(view).getLayoutBounds();
    return new javafx.geometry.Dimension2D(b.getWidth(), b.getHeight());
  }

  /** Hands the offscreen view model the run already recorded. */
  private record RecordedBackend(LoadedScenario scenario, Trace trace) implements ScenarioBackend {
    @Override
    public LoadedScenario load(Path file) throws ScenarioLoadException {
      throw new ScenarioLoadException("an export window opens no files", List.of());
    }

    @Override
    public List<LoadedScenario> bundled() {
      return List.of(scenario);
    }

    @Override
    public Trace record(LoadedScenario s, RunSettings settings, RecordingListener listener) {
      return trace;
    }
  }
}
