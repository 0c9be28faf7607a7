package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.OutcomesViewModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Explore ▸ Outcomes: the lost update found among the schedules, and each outcome replayed in the window. */
@ExtendWith(ApplicationExtension.class)
class OutcomesAppTest {
  private MainViewModel vm;
  private MainWindow window;
  private Preferences prefs;

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/gorolab/test/outcomes-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openBundled("teach-lost-update");
    window.outcomes().setMaxRuns(400);
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  @Test
  void f9Search_listsDistinctOutcomes_andWatchingOneReplaysItsOutputInTheWindow(FxRobot robot) {
    ListView<?> list = searchEveryScheduleFromF9(robot);
    OutcomesViewModel outcomes = window.outcomes();
    assertTrue(outcomes.rows().size() >= 2, "outcomes: " + outcomes.rows().size() + "; " + outcomes.statusProperty().get());
    Set<String> outputs = new HashSet<>();
    for (OutcomesViewModel.Row r : outcomes.rows()) {
      assertTrue(outputs.add(r.outcome().stdout() + r.outcome().exitCode()), "outcome listed twice: " + r);
    }
    // The lost update is there: some schedule ends with the counter below 3.
    assertTrue(outcomes.rows().stream().anyMatch(r -> r.outcome().stdout().contains("counter = 1")
        || r.outcome().stdout().contains("counter = 2")));
    assertNull(vm.scheduleProperty().get());

    OutcomesViewModel.Row second = outcomes.rows().get(1);
    robot.interact(() -> list.getSelectionModel().select(1));
    robot.clickOn("#" + Ids.OUTCOMES_OPEN);
    WaitForAsyncUtils.waitForFxEvents();
    assertNotNull(vm.scheduleProperty().get());
    assertEquals(ExploreMode.ANY, vm.scheduleProperty().get().mode());
    robot.interact(() -> vm.player().toEnd());
    TextArea console = robot.lookup("#" + Ids.CONSOLE).queryAs(TextArea.class);
    assertEquals(second.outcome().stdout(), console.getText());
    assertTrue(robot.window(window.scene()).getScene() != null);
  }

  @Test
  void switchingTheLanguage_rewritesTheStatusAndTheListedOutcomes(FxRobot robot) {
    ListView<?> list = searchEveryScheduleFromF9(robot);
    String englishStatus = window.outcomes().statusProperty().get();
    String englishRow = firstCellText(list);
    assertTrue(!hasHan(englishStatus) && !hasHan(englishRow), englishStatus + " / " + englishRow);

    robot.interact(() -> window.outcomes().modeProperty().set(ExploreMode.GO));
    assertTrue(robot.lookup("#" + Ids.OUTCOMES_MODE_GO).queryAs(javafx.scene.control.RadioButton.class).isSelected(),
        "the buttons follow a mode set from code");
    robot.interact(() -> window.outcomes().modeProperty().set(ExploreMode.ANY));
    assertTrue(robot.lookup("#" + Ids.OUTCOMES_MODE_ANY).queryAs(javafx.scene.control.RadioButton.class).isSelected());

    robot.interact(() -> window.toggleLanguage());
    WaitForAsyncUtils.waitForFxEvents();
    String zhStatus = window.outcomes().statusProperty().get();
    String zhRow = firstCellText(list);
    assertTrue(hasHan(zhStatus), "status stayed in English: " + zhStatus);
    assertTrue(hasHan(zhRow), "row stayed in English: " + zhRow);
    assertEquals(window.outcomes().describe(window.outcomes().rows().get(0)), zhRow);
  }

  /** F9, the "every schedule" tab, any interleaving, Search; the list once the search is done. */
  private static ListView<?> searchEveryScheduleFromF9(FxRobot robot) {
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.F9);
    // The window opens at the outcomes over seeds; every schedule is the second tab.
    robot.clickOn("#" + Ids.OUTCOMES_TAB_EXPLORE);
    robot.clickOn("#" + Ids.OUTCOMES_MODE_ANY);
    robot.clickOn("#" + Ids.OUTCOMES_SEARCH);
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#" + Ids.OUTCOMES_LIST).queryAs(ListView.class);
  }

  private static String firstCellText(ListView<?> list) {
    return list.lookupAll(".list-cell").stream()
        .map(n -> (javafx.scene.control.ListCell<?>) n)
        .filter(c -> c.getIndex() == 0 && !c.isEmpty())
        .map(javafx.scene.control.ListCell::getText)
        .findFirst()
        .orElseThrow();
  }

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Test
  void changingTheSeed_afterWatchingAnOutcome_goesBackToTheSeededRun(FxRobot robot) {
    robot.interact(() -> {
      window.outcomes().modeProperty().set(ExploreMode.ANY);
      window.outcomes().search();
    });
    WaitForAsyncUtils.waitForFxEvents();
    OutcomesViewModel.Row last = window.outcomes().rows().get(window.outcomes().rows().size() - 1);
    robot.interact(() -> window.outcomes().open(last));
    assertNotNull(vm.scheduleProperty().get());
    robot.interact(() -> vm.applySeed("7"));
    assertNull(vm.scheduleProperty().get());
  }
}
