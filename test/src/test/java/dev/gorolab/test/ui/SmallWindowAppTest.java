package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.ExploreIds;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.SchedulerViewModel;
import dev.gorolab.sim.explore.ExploreMode;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a projector's 1280×720, and the be-the-scheduler bar going away when it should. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowAppTest {
  /** The longest bundled title: "RWMutex: readers share, a writer waits, later readers wait behind it". */
  static final String LONG_TITLE = "teach-rwmutex-readers-writer";
  private dev.gorolab.ui.viewmodel.MainViewModel vm;
  private MainWindow window;
  private I18n i18n;
  private Preferences prefs;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    prefs = Preferences.userRoot().node("dev/gorolab/test/small-" + System.nanoTime());
    i18n = new I18n(Locale.ENGLISH);
    vm = new dev.gorolab.ui.viewmodel.MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openBundled(LONG_TITLE);
    stage.show();
    stage.setWidth(1280);
    stage.setHeight(720);
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  private static Bounds inScene(Node n) {
    return n.localToScene(n.getBoundsInLocal());
  }

  @Test
  void longTitle_at1280x720_isElided_andTheToolbarKeepsOneRow_inBothLanguages(FxRobot robot) {
    for (Locale locale : I18n.SUPPORTED) {
      robot.interact(() -> i18n.setLocale(locale));
      WaitForAsyncUtils.waitForFxEvents();
      Label title = robot.lookup("#" + Ids.TITLE).queryAs(Label.class);
      Node open = robot.lookup("#" + Ids.OPEN).query();
      Node theme = robot.lookup("#" + Ids.THEME).query();
      assertEquals(inScene(open).getMinY(), inScene(theme).getMinY(), 1.0, "Theme on the Open row in " + locale);
      assertTrue(inScene(theme).getMaxX() <= title.getScene().getWidth() + 0.5, "Theme inside the window in " + locale);
      assertTrue(title.getWidth() < title.prefWidth(-1), "the title is cut short in " + locale);
      assertEquals(title.getText(), title.getTooltip().getText());
      assertTrue(title.getText().startsWith("RWMutex"), title.getText());
    }
  }

  @Test
  void schedulerBar_stop_closesIt(FxRobot robot) {
    robot.interact(() -> vm.openBundled("teach-cake-counter"));
    robot.interact(() -> window.showScheduler());
    Node bar = robot.lookup("#" + ExploreIds.SCHEDULER_BAR).query();
    assertTrue(bar.isVisible());
    robot.interact(() -> window.scheduler().start(ExploreMode.ANY, SchedulerViewModel.Goal.FREE));
    assertTrue(window.scheduler().activeProperty().get());
    robot.clickOn("#" + ExploreIds.SCHEDULER_CLOSE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(bar.isVisible(), "Stop closes the bar");
    assertFalse(bar.isManaged());
  }

  @Test
  void schedulerBar_anotherRunOnScreen_stopsTheGame_andClosesIt(FxRobot robot) {
    robot.interact(() -> vm.openBundled("teach-cake-counter"));
    robot.interact(() -> window.showScheduler());
    robot.interact(() -> window.scheduler().start(ExploreMode.ANY, SchedulerViewModel.Goal.FREE));
    Node bar = robot.lookup("#" + ExploreIds.SCHEDULER_BAR).query();
    assertTrue(bar.isVisible());
    // GOMAXPROCS changed: the run on screen is no longer the class's schedule.
    robot.interact(() -> {
      vm.gomaxprocsProperty().set(vm.gomaxprocsProperty().get() + 1);
      vm.rerun();
    });
    assertFalse(window.scheduler().activeProperty().get());
    assertFalse(bar.isVisible(), "the game stopped by another run leaves no setup row behind");
  }

  @Test
  void schedulerBar_openingAnotherScenario_closesIt_onSetupAndWhilePlaying(FxRobot robot) {
    robot.interact(() -> vm.openBundled("teach-cake-counter"));
    robot.interact(() -> window.showScheduler());
    Node bar = robot.lookup("#" + ExploreIds.SCHEDULER_BAR).query();
    assertTrue(bar.isVisible());
    robot.interact(() -> vm.openBundled("cake"));
    assertFalse(bar.isVisible(), "another scenario closes the setup row");

    robot.interact(() -> window.showScheduler());
    robot.interact(() -> window.scheduler().start(ExploreMode.ANY, SchedulerViewModel.Goal.FREE));
    assertTrue(bar.isVisible());
    robot.interact(() -> vm.openBundled("teach-cake-counter"));
    assertFalse(window.scheduler().activeProperty().get());
    assertFalse(bar.isVisible(), "another scenario closes the game");
  }

  @Test
  void raceReport_at1280x720_getsSeveralLines_andTheConsoleKeepsItsOwn(FxRobot robot) {
    robot.interact(() -> {
      vm.openBundled("teach-lost-update");
      vm.player().toEnd();
    });
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.TextArea report =
        robot.lookup("#" + ExploreIds.RACE_REPORT).queryAs(javafx.scene.control.TextArea.class);
    javafx.scene.control.TextArea console = robot.lookup("#" + Ids.CONSOLE).queryAs(javafx.scene.control.TextArea.class);
    assertTrue(report.isVisible());
    assertTrue(report.getText().contains("WARNING: DATA RACE"), report.getText());
    double line = report.getFont().getSize() * 1.2;
    // Before, the report got what the console left: one line and a scroll bar.
    assertTrue(report.getHeight() >= 3 * line, "report " + report.getHeight() + " px, a line " + line);
    assertTrue(console.getHeight() >= 2 * line, "console " + console.getHeight() + " px");
    assertTrue(inScene(console).getMaxY() <= inScene(report).getMinY() + 0.5, "the console above the report");
    assertTrue(inScene(report).getMaxY() <= stage.getScene().getHeight(), "the report inside the window");
    assertTrue(report.isWrapText(), "long stack lines wrap instead of scrolling sideways");

    robot.interact(() -> vm.player().seek(0));
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(report.isVisible());
    assertTrue(report.getScene() != null, "hidden, the report stays in the scene");
    assertTrue(console.getHeight() >= 3 * line, "without a report the console has the pane: " + console.getHeight());
  }
}
