package dev.gorolab.test.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.export.ExportController;
import dev.gorolab.ui.export.SlideLook;
import dev.gorolab.ui.export.SlideOptions;
import dev.gorolab.ui.export.SlideSequence;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.input.Clipboard;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCombination;
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

/** Exports from the running app: same pixels as the command line, the clipboard, sequences, overwrite questions. */
@ExtendWith(ApplicationExtension.class)
class ExportFromAppTest {
  private MainViewModel vm;
  private MainWindow window;
  private Stage stage;
  private Preferences prefs;
  private final List<String> notices = new ArrayList<>();
  private final List<Runnable> queued = new ArrayList<>();

  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    prefs = Preferences.userRoot().node("dev/gorolab/test/export-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openDefault();
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  /** A controller whose background work waits in {@link #queued} until the test runs it. */
  private ExportController controller() {
    return new ExportController(stage, window, vm, new I18n(Locale.ENGLISH), queued::add, notices::add);
  }

  /** Presses the button with fx:id {@code id} in whichever window shows it (dialogs are windows of their own). */
  private static void fire(FxRobot robot, String id) {
    WaitForAsyncUtils.waitForFxEvents();
    boolean[] found = {false};
    robot.interact(() -> {
      for (Window w : new ArrayList<>(Window.getWindows())) {
        if (w.getScene() != null && w.getScene().lookup("#" + id) instanceof ButtonBase b) {
          b.fire();
          found[0] = true;
          return;
        }
      }
    });
    assertTrue(found[0], "a window shows #" + id);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void exportedStep_isTheImageTheCommandLineGives(FxRobot robot) throws Exception {
    robot.interact(() -> vm.player().seek(29));
    Path fromApp = dir.resolve("app.png");
    SlideOptions options = new SlideOptions(SlideOptions.View.WINDOW, 2, true, SlideOptions.Background.WHITE);
    SlideLook[] look = new SlideLook[1];
    robot.interact(() -> {
      look[0] = window.exporter().lookOfWindow();
      assertTrue(window.exporter().exportStep(fromApp, options));
    });
    Path fromCli = dir.resolve("cli.png");
    Cli r = Cli.export(ExportCommandTest.CAKE, "--step", "30", "--out", fromCli.toString(), "--scale", "2", "--caption",
        "--window", look[0].widthPx() + "x" + look[0].heightPx());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(look[0].widthPx() * 2, Images.read(fromApp).getWidth());
    assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromApp));
  }

  @Test
  void exportingAStep_leavesTheWindowWhereItWas(FxRobot robot) {
    robot.interact(() -> vm.player().seek(12));
    robot.interact(() -> window.exporter().exportStep(dir.resolve("s.png"), SlideOptions.defaults()));
    assertEquals(12, vm.player().stepProperty().get());
    assertTrue(Files.exists(dir.resolve("s.png")));
  }

  @Test
  void ctrlShiftC_putsTheImageOnTheClipboard(FxRobot robot) {
    robot.interact(() -> vm.player().seek(5));
    // The menu's accelerator, run as the scene runs it on Ctrl+Shift+C (robot keys depend on focus).
    robot.interact(() -> window.scene().getAccelerators().get(KeyCombination.keyCombination("Shortcut+Shift+C")).run());
    javafx.scene.image.Image[] image = new javafx.scene.image.Image[1];
    robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
    assertNotNull(image[0], "an image on the clipboard");
    assertEquals(window.exporter().lookOfWindow().widthPx(), (int) image[0].getWidth());
  }

  @Test
  void existingFile_isKeptWhenTheLecturerSaysNo(FxRobot robot) throws Exception {
    Path taken = Files.writeString(dir.resolve("taken.png"), "mine");
    boolean[] wrote = {true};
    robot.interact(() -> javafx.application.Platform.runLater(() -> wrote[0] = window.exporter().exportStep(taken, SlideOptions.defaults())));
    WaitForAsyncUtils.waitForFxEvents();
    fire(robot, ExportController.KEEP_ID);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(wrote[0]);
    assertEquals("mine", Files.readString(taken));
  }

  @Test
  void sequence_writesEveryStepInTheBackground_andReportsIt(FxRobot robot) throws Exception {
    ExportController c = controller();
    Path slides = dir.resolve("slides");
    robot.interact(() -> c.startSequence(new SlideSequence(1, 4, slides, dir.resolve("a.gif")), SlideOptions.defaults()));
    assertTrue(c.isRunning());
    assertEquals(1, queued.size(), "the writing waits for the background executor");
    Thread writer = new Thread(queued.get(0));
    writer.start();
    writer.join(60_000);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(c.isRunning());
    assertEquals(List.of("Wrote 4 images"), notices);
    try (var files = Files.list(slides)) {
      assertEquals(4, files.count());
    }
  }

  @Test
  void cancelledSequence_stopsAndSaysSo(FxRobot robot) throws Exception {
    ExportController c = controller();
    Path slides = dir.resolve("slides");
    AtomicBoolean[] cancel = new AtomicBoolean[1];
    robot.interact(() -> cancel[0] = c.startSequence(new SlideSequence(1, 52, slides, null), SlideOptions.defaults()));
    fire(robot, ExportController.CANCEL_ID);
    assertTrue(cancel[0].get());
    Thread writer = new Thread(queued.get(0));
    writer.start();
    writer.join(60_000);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("Export cancelled after 0 images"), notices);
    assertFalse(Files.exists(slides.resolve("step-001.png")));
  }
}
