package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.CodeView;
import dev.gorolab.ui.view.ExploreIds;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.view.TimelineView;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.RacesViewModel;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Data races in the window: both lines marked in the code pane, a flag on the timeline, Go's report under the console. */
@ExtendWith(ApplicationExtension.class)
class RaceMarksAppTest {
  private MainViewModel vm;
  private MainWindow window;
  private Preferences prefs;

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/gorolab/test/races-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  @Test
  void lostUpdate_raceOnI_isMarkedOnBothLines_onTheTimeline_andReportedAsGoDoes(FxRobot robot) {
    robot.interact(() -> vm.openBundled("teach-lost-update"));
    List<RacesViewModel.RaceMark> races = window.races().racesProperty().get();
    assertFalse(races.isEmpty(), "the maker's read and write of i race");
    RacesViewModel.RaceMark first = races.get(0);
    assertEquals("i", first.variable());
    CodeView code = robot.lookup("#" + Ids.CODE).queryAs(CodeView.class);
    javafx.scene.control.TextArea report = robot.lookup("#" + ExploreIds.RACE_REPORT).queryAs(javafx.scene.control.TextArea.class);

    robot.interact(() -> vm.player().seek(first.step() - 1));
    assertFalse(code.isRaceLine(first.line()), "no mark before the race happens");
    assertFalse(report.isVisible());

    robot.interact(() -> vm.player().seek(first.step()));
    assertTrue(code.isRaceLine(first.line()), "line " + first.line());
    assertTrue(code.isRaceLine(first.previousLine()), "line " + first.previousLine());
    assertTrue(robot.lookup("#" + ExploreIds.raceMark(first.line())).tryQuery().isPresent(), "the mark is drawn");
    assertTrue(report.isVisible());
    assertTrue(report.getText().startsWith("==================\nWARNING: DATA RACE\n"), report.getText());
    assertTrue(report.getText().contains("teach-lost-update.go:" + first.line()), report.getText());

    TimelineView timeline = robot.lookup("#" + Ids.TIMELINE).queryAs(TimelineView.class);
    assertTrue(timeline.flags().stream().anyMatch(f -> f.step() == first.step() && f.text().equals("race on i")), timeline.flags().toString());

    robot.interact(() -> vm.player().toEnd());
    assertTrue(report.getText().endsWith("Found " + races.size() + " data race(s)\n"), report.getText());
  }

  @Test
  void chineseFlagText_isDrawnInTheCjkFont() {
    javafx.scene.text.Font system = javafx.scene.text.Font.font("System", 12);
    javafx.scene.text.Font zh = TimelineView.fontFor("i 上的竞争", system);
    assertTrue(zh.getFamily().startsWith("Noto Sans CJK"), "the canvas would draw boxes in " + zh.getFamily());
    assertTrue(zh.getSize() == 12, "same size as the timeline's text");
    assertTrue(TimelineView.fontFor("race on i", system) == system, "Latin flags keep the timeline's font");
  }

  @Test
  void mutexCounter_hasNoRace_andNothingIsMarked(FxRobot robot) {
    robot.interact(() -> {
      vm.openBundled("teach-mutex-counter");
      vm.player().toEnd();
    });
    assertTrue(window.races().racesProperty().get().isEmpty());
    assertTrue(window.races().linesProperty().get().isEmpty());
    assertFalse(robot.lookup("#" + ExploreIds.RACE_REPORT).queryAs(javafx.scene.control.TextArea.class).isVisible());
  }

  @Test
  void watchingForRacesOff_clearsTheMarks(FxRobot robot) {
    robot.interact(() -> {
      vm.openBundled("teach-lost-update");
      vm.player().toEnd();
    });
    assertFalse(window.races().linesProperty().get().isEmpty());
    robot.interact(() -> window.races().enabledProperty().set(false));
    assertTrue(window.races().linesProperty().get().isEmpty());
    assertTrue(robot.lookup("#" + Ids.TIMELINE).queryAs(TimelineView.class).flags().isEmpty());
  }
}
