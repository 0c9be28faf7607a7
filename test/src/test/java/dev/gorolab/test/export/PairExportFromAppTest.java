package dev.gorolab.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.ExploreIds;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.PairViewModel;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Side by side's Export slide from the running app: Ctrl+B opens the pair, the window's button
 * asks where to save (the native dialog answered by the test) and writes both runs as one PNG.
 */
@ExtendWith(ApplicationExtension.class)
class PairExportFromAppTest {
  private MainViewModel vm;
  private MainWindow window;
  private Preferences prefs;
  private final List<FileChooser> asked = new ArrayList<>();

  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/gorolab/test/pair-export-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openBundled("teach-work-stealing");
    stage.show();
  }

  @AfterEach
  void forget(FxRobot robot) throws BackingStoreException {
    robot.interact(() -> {
      for (Window w : new ArrayList<>(Window.getWindows())) {
        if (w.getScene() != null && w.getScene().lookup("#" + ExploreIds.PAIR_EXPORT) != null && w instanceof Stage s) {
          s.close();
        }
      }
    });
    prefs.removeNode();
  }

  /** Ctrl+B, as the scene runs the menu's accelerator; returns the pair's model once both runs are recorded. */
  private PairViewModel openPair(FxRobot robot, File answer) {
    robot.interact(() -> window.answerPairSaveDialogWith(chooser -> {
      asked.add(chooser);
      return answer;
    }));
    robot.interact(() -> window.scene().getAccelerators().get(KeyCombination.keyCombination("Shortcut+B")).run());
    WaitForAsyncUtils.waitForFxEvents();
    PairViewModel[] pair = new PairViewModel[1];
    robot.interact(() -> pair[0] = window.showPair());
    assertNotNull(pair[0].a().traceProperty().get(), "run A recorded");
    assertNotNull(pair[0].b().traceProperty().get(), "run B recorded");
    return pair[0];
  }

  /** The side-by-side window's content, found by its Export slide button. */
  private Parent pairRoot(FxRobot robot) {
    Parent[] root = new Parent[1];
    robot.interact(() -> {
      for (Window w : new ArrayList<>(Window.getWindows())) {
        if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#" + ExploreIds.PAIR_EXPORT) != null) {
          root[0] = w.getScene().getRoot();
        }
      }
    });
    assertNotNull(root[0], "Ctrl+B shows the side-by-side window");
    return root[0];
  }

  private void pressExport(FxRobot robot, Parent root) {
    robot.interact(() -> ((ButtonBase) root.lookup("#" + ExploreIds.PAIR_EXPORT)).fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void ctrlB_thenExportSlide_writesBothRunsAsOnePngAtTwiceTheWindowsSize(FxRobot robot) throws Exception {
    Path out = dir.resolve("work-stealing-pair.png");
    openPair(robot, out.toFile());
    Parent root = pairRoot(robot);
    robot.interact(() -> window.showPair().toDivergence());
    pressExport(robot, root);

    assertEquals(1, asked.size(), "Export slide asks once where to save");
    assertEquals("Export slide…", asked.get(0).getTitle());
    assertEquals("pair.png", asked.get(0).getInitialFileName());
    assertEquals(List.of("*.png"), asked.get(0).getExtensionFilters().get(0).getExtensions());

    BufferedImage image = Images.read(out);
    assertEquals(Math.round(root.getLayoutBounds().getWidth() * 2), image.getWidth(), 1.0, "width at 2x");
    assertEquals(Math.round(root.getLayoutBounds().getHeight() * 2), image.getHeight(), 1.0, "height at 2x");
    int w = image.getWidth();
    int h = image.getHeight();
    // the two runs side by side, below the shared controls: each half carries its own run
    BufferedImage left = image.getSubimage(0, h / 5, w / 2, h * 4 / 5);
    BufferedImage right = image.getSubimage(w / 2, h / 5, w / 2, h * 4 / 5);
    double inkLeft = Images.inkFraction(left);
    double inkRight = Images.inkFraction(right);
    assertTrue(inkLeft > 0.15, "run A is drawn, ink " + inkLeft);
    assertTrue(inkRight > 0.15, "run B is drawn, ink " + inkRight);
    assertTrue(Images.differingFraction(left, right, 16) > 0.05, "the halves show two different runs");
  }

  @Test
  void cancellingTheSaveDialog_writesNothing(FxRobot robot) throws Exception {
    openPair(robot, null);
    pressExport(robot, pairRoot(robot));
    assertEquals(1, asked.size());
    try (var files = Files.list(dir)) {
      assertFalse(files.findAny().isPresent(), "nothing written after Cancel");
    }
  }
}
