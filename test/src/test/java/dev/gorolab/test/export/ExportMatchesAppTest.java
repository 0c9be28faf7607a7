package dev.gorolab.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.export.SlideLook;
import dev.gorolab.ui.export.SlideOptions;
import dev.gorolab.ui.export.SlideRenderer;
import dev.gorolab.ui.export.SlideStage;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An export shows exactly what the app shows at that step: at every step of a few scenarios the
 * runtime view the export draws (jumping to the step, as the command line does) holds the same
 * goroutines in the same places with the same words as the window's (stepped to it one step at a
 * time, as a lecturer does).
 */
@ExtendWith(ApplicationExtension.class)
class ExportMatchesAppTest {
  private MainViewModel vm;
  private Preferences prefs;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    prefs = Preferences.userRoot().node("dev/gorolab/test/export-app-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  /** Every label under {@code n} in order, tokens as G&lt;id&gt;@&lt;place&gt;. */
  private static void describe(Node n, String place, List<String> out) {
    String here = n.getId() != null && !n.getId().isEmpty() ? n.getId() : place;
    if (n.getStyleClass().contains("token") && n.getUserData() instanceof Integer g) {
      out.add("G" + g + "@" + here);
      return;
    }
    if (n instanceof Labeled l && l.getText() != null && n.isVisible()) {
      out.add(l.getText());
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        if (c.isVisible() && c.isManaged()) {
          describe(c, here, out);
        }
      }
    }
  }

  private static List<String> describe(Node runtime) {
    List<String> out = new ArrayList<>();
    describe(runtime, "", out);
    return out;
  }

  @Test
  void everyStep_exportHoldsWhatTheWindowShows(FxRobot robot) {
    for (String id : List.of("cake", "seed01-sleep-short-slow", "teach-sleep-timers")) {
      List<String> mismatches = new ArrayList<>();
      robot.interact(() -> {
        vm.openBundled(id);
        LoadedScenario scenario = vm.scenarioProperty().get();
        Trace trace = vm.player().traceProperty().get();
        SlideStage export = new SlideStage(scenario, trace, SlideLook.defaults());
        Node window = stage.getScene().lookup("#" + Ids.RUNTIME);
        try {
          for (int i = -1; i < trace.size(); i++) {
            vm.player().seek(i);
            export.show(i);
            List<String> app = describe(window);
            List<String> slide = describe(export.node(SlideOptions.View.RUNTIME));
            if (!app.equals(slide)) {
              mismatches.add(id + " step " + (i + 1) + ":\n  app    " + app + "\n  export " + slide);
            }
          }
        } finally {
          export.dispose();
        }
      });
      assertEquals(List.of(), mismatches);
    }
  }

  @Test
  void fourPs_inASlide_areLaidOutTwoByTwo(FxRobot robot) {
    List<Bounds> cards = new ArrayList<>();
    robot.interact(() -> {
      vm.gomaxprocsProperty().set(4);
      vm.openBundled("teach-work-stealing");
      SlideStage export = new SlideStage(vm.scenarioProperty().get(), vm.player().traceProperty().get(), SlideLook.defaults());
      try {
        export.show(29);
        Node runtime = export.node(SlideOptions.View.RUNTIME);
        for (int p = 0; p < 4; p++) {
          Node card = runtime.lookup("#" + Ids.processor(p));
          cards.add(runtime.sceneToLocal(card.localToScene(card.getLayoutBounds())));
        }
      } finally {
        export.dispose();
      }
    });
    assertEquals(cards.get(0).getMinY(), cards.get(1).getMinY(), 0.5, "P0 and P1 side by side");
    assertEquals(cards.get(2).getMinY(), cards.get(3).getMinY(), 0.5, "P2 and P3 side by side");
    assertTrue(cards.get(2).getMinY() > cards.get(0).getMaxY(), "P2 below P0");
    assertEquals(cards.get(0).getMinX(), cards.get(2).getMinX(), 0.5, "one column under the other");
  }

  /**
   * With a long local run queue the P card asked for the height of a 400 px wide queue while it
   * drew a narrower one: the runtime view came out shorter than its content and the export of
   * teach-ten-thousand ended at "Sleeping", without Waiting, Done and the package variables.
   */
  @Test
  void longQueues_exportEveryPartOfTheRuntimeView_downToDone(FxRobot robot) {
    List<String> cut = new ArrayList<>();
    robot.interact(() -> {
      vm.gomaxprocsProperty().set(1);
      vm.openBundled("teach-ten-thousand");
      SlideStage export = new SlideStage(vm.scenarioProperty().get(), vm.player().traceProperty().get(), SlideLook.defaults());
      try {
        for (int step : List.of(200, 79_000)) {
          export.show(step);
          Node runtime = export.node(SlideOptions.View.RUNTIME);
          // Drawing runs a layout pass of its own: what is drawn must be what was measured.
          int imageHeight = SlideRenderer.render(export, new SlideOptions(SlideOptions.View.RUNTIME, 1, false,
              SlideOptions.Background.WHITE)).getHeight();
          double bottom = runtime.getLayoutBounds().getMaxY();
          if (Math.abs(imageHeight - bottom) > 1) {
            cut.add("step " + step + ": image " + imageHeight + " px high, the view as drawn " + bottom);
          }
          for (String part : List.of(Ids.WAITING, Ids.DONE, Ids.GLOBALS)) {
            Node n = runtime.lookup("#" + part);
            if (n == null || !n.isVisible()) {
              continue;
            }
            Bounds b = runtime.sceneToLocal(n.localToScene(n.getLayoutBounds()));
            if (b.getMaxY() > bottom + 0.5) {
              cut.add("step " + step + ": " + part + " ends at " + b.getMaxY() + ", the view at " + bottom);
            }
          }
        }
      } finally {
        export.dispose();
      }
    });
    assertEquals(List.of(), cut);
  }
}
