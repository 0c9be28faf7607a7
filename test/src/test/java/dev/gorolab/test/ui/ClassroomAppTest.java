package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.view.RuntimeView;
import dev.gorolab.ui.view.TimelineView;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What broke in front of a class, on the real pipeline: the bundled scenarios, recorded and shown. */
@ExtendWith(ApplicationExtension.class)
class ClassroomAppTest {
  private MainViewModel vm;
  private MainWindow window;
  private I18n i18n;
  private Preferences prefs;

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/gorolab/test/classroom-" + System.nanoTime());
    i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openBundled("seed01-sleep-short-slow");
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  private RuntimeView runtime(FxRobot robot) {
    return robot.lookup("#" + Ids.RUNTIME).queryAs(RuntimeView.class);
  }

  @Test
  void everyStepOfTheCoursesFirstProgram_isDrawnWhole_inBothLanguages(FxRobot robot) {
    for (String id : List.of("seed01-sleep-short-slow", "cake", "teach-sleep-timers", "seed07-select-receipt")) {
      robot.interact(() -> vm.openBundled(id));
      for (Locale locale : I18n.SUPPORTED) {
        List<String> failures = new ArrayList<>();
        robot.interact(() -> {
          i18n.setLocale(locale);
          RuntimeView view = runtime(robot);
          for (int i = -1; i < vm.player().stepCountProperty().get(); i++) {
            vm.player().seek(i);
            // A state without its words threw half-way through drawing and froze the tokens.
            if (!vm.player().sceneProperty().get().equals(view.drawnScene())) {
              failures.add(id + " step " + (i + 1) + " in " + locale);
            }
          }
        });
        assertEquals(List.of(), failures);
      }
    }
  }

  @Test
  void start_showsM0TakingP0_thenMainInRunnext_thenMainRunning(FxRobot robot) {
    AppPage page = new AppPage(robot);
    robot.interact(() -> vm.player().seek(0));
    assertTrue(page.narration().startsWith("A new M0"), page.narration());
    assertEquals(List.of(), page.tokensIn(Ids.processor(0)));
    robot.interact(() -> vm.player().seek(1));
    assertTrue(page.narration().contains("puts it into P0's runnext"), page.narration());
    assertEquals(Ids.runnext(0), page.placeOf(1));
    robot.interact(() -> vm.player().seek(2));
    assertEquals(Ids.running(0), page.placeOf(1));
  }

  @Test
  void seed_enterRunsAgainAndGivesTheKeysBackToThePlayer(FxRobot robot) {
    AppPage page = new AppPage(robot);
    robot.doubleClickOn("#" + Ids.SEED);
    robot.interact(() -> ((TextField) page.node(Ids.SEED)).setText("42"));
    robot.type(KeyCode.ENTER);
    assertEquals(42, vm.seedProperty().get());
    // The run opened at main's first statement and the new one keeps that program point.
    int mainStart = vm.player().startUpEndProperty().get();
    assertEquals(mainStart, vm.player().stepProperty().get());
    robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
    assertEquals(mainStart + 2, vm.player().stepProperty().get());
  }

  @Test
  void seed_thatIsNotANumber_isMarkedAndTheRunKeepsItsSeed(FxRobot robot) {
    AppPage page = new AppPage(robot);
    TextField seed = page.node(Ids.SEED);
    robot.doubleClickOn(seed);
    robot.interact(() -> seed.setText("abc-5"));
    robot.type(KeyCode.ENTER);
    assertEquals(1, vm.seedProperty().get());
    assertTrue(seed.getStyleClass().contains("invalid"));
  }

  @Test
  void scrubber_beforeTheFirstStep_standsAtZeroLikeTheLabel(FxRobot robot) {
    AppPage page = new AppPage(robot);
    // A run opens at main's first statement; Home goes before the first step, the start-up.
    robot.interact(() -> vm.player().toStart());
    assertEquals("step 0 / " + vm.player().stepCountProperty().get(), page.step());
    assertEquals(0, ((Slider) page.node(Ids.SCRUBBER)).getValue());
    robot.interact(() -> vm.player().seek(4));
    assertEquals(5, ((Slider) page.node(Ids.SCRUBBER)).getValue());
    robot.interact(() -> vm.openBundled("cake"));
    int mainStart = vm.player().startUpEndProperty().get();
    assertEquals(mainStart + 1, ((Slider) page.node(Ids.SCRUBBER)).getValue());
    assertEquals("step " + (mainStart + 1) + " / " + vm.player().stepCountProperty().get(), page.step());
  }

  @Test
  void gallery_enterOpensTheHighlightedScenario(FxRobot robot) {
    String before = vm.scenarioProperty().get().title();
    robot.clickOn("#" + Ids.GALLERY);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#" + Ids.GALLERY_LIST);
    robot.type(KeyCode.HOME, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(vm.gallery().get(2).title(), vm.scenarioProperty().get().title());
    assertNotEquals(before, vm.scenarioProperty().get().title());
  }

  @Test
  void viewMenu_namesTheZoomKeysAsTheyAreTyped(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    List<String> shortcuts = new ArrayList<>();
    for (Menu m : bar.getMenus()) {
      for (MenuItem item : m.getItems()) {
        if (item.getAccelerator() != null) {
          shortcuts.add(item.getAccelerator().getDisplayText());
        }
      }
    }
    assertTrue(shortcuts.contains("Ctrl+0"), shortcuts.toString());
    assertTrue(shortcuts.contains("Ctrl+="), shortcuts.toString());
    assertTrue(shortcuts.contains("Ctrl+-"), shortcuts.toString());
    for (String s : shortcuts) {
      assertFalse(s.matches(".*[A-Z]{2,}[0-9].*"), "a key code name in the menu: " + s);
    }
  }

  @Test
  void timelineAxis_labelsEndInsideTheTimeline(FxRobot robot) {
    for (String id : List.of("seed01-sleep-short-slow", "cake", "teach-work-stealing")) {
      robot.interact(() -> vm.openBundled(id));
      TimelineView t = robot.lookup("#" + Ids.TIMELINE).queryAs(TimelineView.class);
      for (boolean timeAxis : new boolean[] {false, true}) {
        robot.interact(() -> t.timeAxisProperty().set(timeAxis));
        assertFalse(t.axisLabels().isEmpty(), id);
        for (TimelineView.AxisLabel l : t.axisLabels()) {
          assertTrue(l.x() >= 0 && l.x() + l.width() <= t.getWidth(), id + ": " + l + " in " + t.getWidth());
        }
      }
    }
  }

  @Test
  void narration_whileTheFirstRunRecords_saysSoInsteadOfNoRunYet(FxRobot robot) {
    List<Runnable> queued = new ArrayList<>();
    String[] text = new String[1];
    robot.interact(() -> {
      I18n en = new I18n(Locale.ENGLISH);
      MainViewModel waiting = new MainViewModel(new ScenarioModuleBackend(Simulation::record), queued::add, Runnable::run,
          prefs, en);
      MainWindow w = new MainWindow(new Stage(), waiting, en, new MainWindow.Timing(1, 0));
      waiting.openDefault();
      text[0] = ((javafx.scene.control.Label) w.scene().lookup("#" + Ids.NARRATION)).getText();
      w.dispose();
    });
    assertEquals(1, queued.size());
    assertEquals("Recording the run…", text[0]);
  }

  @Test
  void end_afterMainReturns_saysTheProgramExited_andMainIsDone(FxRobot robot) {
    AppPage page = new AppPage(robot);
    robot.interact(() -> vm.player().toEnd());
    assertEquals("main returned: the program exited with status 0, and every other goroutine ended with it (R12.1).",
        page.text(Ids.BANNER));
    assertEquals(Ids.DONE, page.placeOf(1));
    assertEquals(List.of(), page.tokensIn(Ids.running(0)));
    robot.interact(() -> vm.player().stepBack());
    assertEquals(Ids.running(0), page.placeOf(1));
    assertFalse(page.node(Ids.BANNER).isVisible());
  }

  @Test
  void pHeldBySpinningM_saysSpinning_notRunning(FxRobot robot) {
    AppPage page = new AppPage(robot);
    robot.interact(() -> {
      vm.gomaxprocsProperty().set(4);
      vm.openBundled("teach-work-stealing");
    });
    var player = vm.player();
    int found = -1;
    for (int i = 0; i < player.stepCountProperty().get() && found < 0; i++) {
      var s = player.traceProperty().get().stateAt(i);
      for (var p : s.processors()) {
        if (p.running() < 0 && p.m() >= 0 && s.machines().get(p.m()).status() == dev.gorolab.model.RuntimeSnapshot.MStatus.SPINNING) {
          found = i;
        }
      }
    }
    assertTrue(found >= 0, "no P held by a spinning M in teach-work-stealing");
    int step = found;
    robot.interact(() -> player.seek(step));
    String headers = page.textsIn(Ids.RUNTIME);
    assertTrue(headers.contains("spinning, looking for work"), headers);
  }

  @Test
  void zoomIn_growsTheRuntimeView_notTheTimeline(FxRobot robot) {
    robot.interact(() -> vm.openBundled("teach-work-stealing"));
    javafx.scene.layout.Region bottom = (javafx.scene.layout.Region) robot.lookup("#" + Ids.TIMELINE_GRIP).query().getParent();
    javafx.scene.Node runtimeScroll = robot.lookup(".runtime-scroll").query();
    robot.interact(() -> window.setZoom(1.0));
    WaitForAsyncUtils.waitForFxEvents();
    double timelineAt1 = bottom.getHeight();
    double windowHeight = window.scene().getHeight();
    robot.interact(() -> window.setZoom(2.0));
    WaitForAsyncUtils.waitForFxEvents();
    double timelineAt2 = bottom.getHeight();
    double runtimeAt2 = runtimeScroll.getLayoutBounds().getHeight();
    String sizes = "window " + windowHeight + ", timeline " + timelineAt1 + " at 1×, " + timelineAt2 + " at 2×, runtime view " + runtimeAt2;
    // Zoom is for the runtime view: the timeline keeps at most a fifth of the window and scrolls.
    assertTrue(timelineAt2 <= windowHeight * 0.2 + 1, sizes);
    assertTrue(runtimeAt2 > timelineAt2, sizes);
  }

  @Test
  void theTimelinesTopEdge_dragsUpAndDown_andDoubleClickGivesItsLanesBack(FxRobot robot) {
    javafx.scene.Node grip = robot.lookup("#" + Ids.TIMELINE_GRIP).query();
    javafx.scene.layout.Region bottom = (javafx.scene.layout.Region) grip.getParent();
    double before = bottom.getHeight();
    robot.drag(grip).dropBy(0, 80);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(before - 80, bottom.getHeight(), 3, "dragged down 80 px");
    robot.doubleClickOn(grip);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(before, bottom.getHeight(), 1);
  }

  @Test
  void f7AndF8_putTheSidePanelAndTheTimelineAway_andBack(FxRobot robot) {
    javafx.scene.control.SplitPane stageSplit = robot.lookup("#" + Ids.STAGE_SPLIT).queryAs(javafx.scene.control.SplitPane.class);
    javafx.scene.Node bottom = robot.lookup("#" + Ids.TIMELINE_GRIP).query().getParent();
    double runtimeWidth = runtime(robot).getWidth();
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.F7);
    assertEquals(1, stageSplit.getItems().size(), "side panel put away");
    assertTrue(runtime(robot).getWidth() > runtimeWidth * 1.3, "the runtime view takes the room: " + runtime(robot).getWidth());
    robot.type(KeyCode.F8);
    assertFalse(bottom.isVisible(), "timeline put away");
    CheckMenuItemState state = menuState(robot);
    assertEquals(new CheckMenuItemState(false, false), state);
    robot.type(KeyCode.F7, KeyCode.F8);
    assertEquals(2, stageSplit.getItems().size());
    assertTrue(bottom.isVisible());
    assertEquals(new CheckMenuItemState(true, true), menuState(robot));
  }

  private record CheckMenuItemState(boolean side, boolean timeline) {}

  private CheckMenuItemState menuState(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    boolean side = false;
    boolean lanes = false;
    for (Menu m : bar.getMenus()) {
      for (MenuItem item : m.getItems()) {
        if (Ids.MENU_SIDE.equals(item.getId())) {
          side = ((javafx.scene.control.CheckMenuItem) item).isSelected();
        } else if (Ids.MENU_TIMELINE.equals(item.getId())) {
          lanes = ((javafx.scene.control.CheckMenuItem) item).isSelected();
        }
      }
    }
    return new CheckMenuItemState(side, lanes);
  }

  @Test
  void f6PresenterMode_showsOnlyNarrationAndRuntimeView_inLargeType_andEscBringsTheWindowBack(FxRobot robot) {
    javafx.scene.control.SplitPane stageSplit = robot.lookup("#" + Ids.STAGE_SPLIT).queryAs(javafx.scene.control.SplitPane.class);
    double narrationPx = ((javafx.scene.control.Label) robot.lookup("#" + Ids.NARRATION).query()).getFont().getSize();
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.F6);
    assertTrue(window.isPresenter());
    assertFalse(isShown(robot.lookup("#" + Ids.STEP_LABEL).query()), "controls put away");
    assertEquals(1, stageSplit.getItems().size(), "code and console put away");
    assertFalse(isShown(robot.lookup("#" + Ids.TIMELINE).query()), "timeline put away");
    double big = ((javafx.scene.control.Label) robot.lookup("#" + Ids.NARRATION).query()).getFont().getSize();
    assertTrue(big >= narrationPx * 1.5, "narration " + big + " px, was " + narrationPx);
    int before = vm.player().stepProperty().get();
    robot.type(KeyCode.RIGHT);
    assertEquals(before + 1, vm.player().stepProperty().get(), "the keys still step");
    robot.type(KeyCode.ESCAPE);
    assertFalse(window.isPresenter());
    assertEquals(2, stageSplit.getItems().size());
    assertTrue(isShown(robot.lookup("#" + Ids.TIMELINE).query()));
    assertEquals(narrationPx, ((javafx.scene.control.Label) robot.lookup("#" + Ids.NARRATION).query()).getFont().getSize(), 0.01);
  }

  private static boolean isShown(javafx.scene.Node n) {
    for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void stepBox_ctrlGThenANumber_jumpsThere_andANonStepIsRefusedWithANotice(FxRobot robot) {
    robot.clickOn("#" + Ids.NARRATION);
    robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
    robot.write("12").type(KeyCode.ENTER);
    assertEquals(11, vm.player().stepProperty().get());
    robot.type(KeyCode.RIGHT);
    assertEquals(12, vm.player().stepProperty().get(), "Enter gave the keys back to the player");
    robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
    robot.write("99999").type(KeyCode.ENTER);
    assertEquals(12, vm.player().stepProperty().get());
    assertTrue(robot.lookup("#" + Ids.STEP_BOX).query().getStyleClass().contains("invalid"));
  }
}
