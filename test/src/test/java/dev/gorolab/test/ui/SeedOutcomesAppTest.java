package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.scenario.BundledScenarios;
import dev.gorolab.scenario.GoRecordings;
import dev.gorolab.sim.outcome.GoDistribution;
import dev.gorolab.sim.outcome.SeedOutcomes;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.SeedOutcomesViewModel;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

/**
 * Explore ▸ Outcomes, over seeds: teach-different-runs (GOMAXPROCS=2) over seeds 1..20 on two
 * worker threads lists exactly what {@code gorolab run --outcomes --seeds 1..20} computes, and a
 * click on an outcome opens its first seed in the lecture window, printing that outcome.
 */
@ExtendWith(ApplicationExtension.class)
class SeedOutcomesAppTest {
  private MainViewModel vm;
  private MainWindow window;
  private Preferences prefs;
  private ExecutorService workers;

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/gorolab/test/seed-outcomes-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, Platform::runLater,
        prefs, i18n);
    window = new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    // Two threads, as on the lecture machine's two cores: the list must not depend on which thread ran which seed.
    workers = Executors.newFixedThreadPool(2);
    window.seedOutcomes().setWorkers(workers, 2);
    vm.openBundled("teach-different-runs");
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    workers.shutdownNow();
    prefs.removeNode();
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void seeds1To20_listTheCommandLinesOutcomes_andAClickOpensTheFirstSeedOfOne(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(2, vm.gomaxprocsProperty().get(), "teach-different-runs opens at GOMAXPROCS=2");
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.F9);
    robot.clickOn("#" + Ids.SEEDS_LAST).eraseText(3).write("20");
    // Enter in the field runs the seeds: the window works from the keyboard.
    robot.type(KeyCode.ENTER);
    SeedOutcomesViewModel seeds = window.seedOutcomes();
    waitUntil(() -> !seeds.runningProperty().get() && !seeds.rows().isEmpty());

    Program program = (Program) vm.scenarioProperty().get().program();
    List<SeedOutcomes.Outcome> cli = SeedOutcomes.over(program, 2, 1, 20, RunSettings.DEFAULT_MAX_STEPS);
    assertEquals(cli, seeds.rows().stream().filter(r -> !r.goOnly()).map(SeedOutcomesViewModel.Row::outcome).toList());
    assertEquals(20, seeds.rows().get(0).seedsRun());
    // The bundled scenario carries real Go's recording: each row has Go's count of it, as the command line prints it.
    GoDistribution go = GoRecordings.of(BundledScenarios.find("teach-different-runs").load(), 2);
    for (SeedOutcomesViewModel.Row r : seeds.rows()) {
      assertEquals(go.count(r.outcome().stdout(), r.outcome().exit(), r.outcome().stderrFirstLine()), r.goCount(), r.toString());
      assertEquals(go.runs(), r.goRuns());
    }
    // After the seeds' outcomes, the most common of Go's outputs that no seed gave, most common first.
    List<SeedOutcomesViewModel.Row> goOnly = seeds.rows().stream().filter(SeedOutcomesViewModel.Row::goOnly).toList();
    assertEquals(Math.min(SeedOutcomesViewModel.GO_ONLY_SHOWN, go.missing(cli).outcomes()), goOnly.size());
    assertEquals(seeds.rows().subList(cli.size(), seeds.rows().size()), goOnly);
    for (int i = 1; i < goOnly.size(); i++) {
      assertTrue(goOnly.get(i - 1).goCount() >= goOnly.get(i).goCount());
    }
    Label status = robot.lookup("#" + Ids.SEEDS_STATUS).queryAs(Label.class);
    assertTrue(status.getText().startsWith(cli.size() + " distinct outcome(s) over seeds 1..20, GOMAXPROCS=2."),
        status.getText());

    // A click on the last outcome the seeds gave (the first when there is only one) opens its first seed.
    SeedOutcomesViewModel.Row row = seeds.rows().get(cli.size() - 1);
    javafx.scene.control.ListView<?> list = robot.lookup("#" + Ids.SEEDS_LIST).queryAs(javafx.scene.control.ListView.class);
    robot.interact(() -> list.scrollTo(cli.size() - 1));
    Node cell = robot.lookup("#" + Ids.SEEDS_LIST + " .list-cell")
        .match((ListCell<?> c) -> c.getItem() == row).query();
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    long seed = row.outcome().seeds().get(0);
    assertEquals(seed, vm.seedProperty().get());
    assertEquals(2, vm.gomaxprocsProperty().get());
    assertNull(vm.scheduleProperty().get());
    robot.interact(() -> vm.player().toEnd());
    TextArea console = robot.lookup("#" + Ids.CONSOLE).queryAs(TextArea.class);
    assertEquals(row.outcome().stdout(), console.getText());
  }

  @Test
  void enterOnTheFirstOutcome_opensItsFirstSeed_andAnotherProgramDropsTheList(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      window.showSeedOutcomes();
      window.seedOutcomes().compute(5, 12);
    });
    SeedOutcomesViewModel seeds = window.seedOutcomes();
    waitUntil(() -> !seeds.runningProperty().get() && !seeds.rows().isEmpty());
    robot.interact(() -> robot.lookup("#" + Ids.SEEDS_LIST).query().requestFocus());
    robot.type(KeyCode.HOME, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(seeds.rows().get(0).outcome().seeds().get(0), vm.seedProperty().get());

    robot.interact(() -> vm.openBundled("teach-lost-update"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(seeds.rows().isEmpty(), "a list belongs to the program it was made from");
    assertEquals("The program changed: run the seeds again.", seeds.statusText().get());
  }

  @Test
  void cancel_endsTheWorkers_listsNothing_andSaysHowFarTheyGot(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    SeedOutcomesViewModel seeds = window.seedOutcomes();
    List<Runnable> held = new java.util.ArrayList<>();
    robot.interact(() -> {
      // Workers that start only when told: Cancel comes while the seeds are queued.
      seeds.setWorkers(held::add, 2);
      assertTrue(seeds.compute(1, 50));
      assertTrue(seeds.runningProperty().get());
      seeds.cancel();
    });
    assertEquals(2, held.size(), "one task per worker thread");
    held.forEach(Runnable::run);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(seeds.runningProperty().get());
    assertTrue(seeds.rows().isEmpty());
    assertEquals("Cancelled after 0 of 50 seeds; nothing listed.", seeds.statusText().get());
  }

  @Test
  void f9InPresenterMode_opensTheOutcomesWindow_atItsSeedsTab(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> window.setPresenter(true));
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.F9);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(window.outcomesStage() != null && window.outcomesStage().isShowing());
    assertTrue(robot.lookup("#" + Ids.SEEDS_RUN).tryQuery().isPresent());
    assertTrue(window.isPresenter(), "the window stays in presenter mode");
  }

  @Test
  void aRangeThatIsNoRange_isRefusedWithAMessage_andNothingRuns(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    SeedOutcomesViewModel seeds = window.seedOutcomes();
    robot.interact(() -> {
      seeds.firstTextProperty().set("9");
      seeds.lastTextProperty().set("3");
      assertFalse(seeds.compute());
    });
    assertFalse(seeds.runningProperty().get());
    assertEquals("Seeds are whole numbers from 0, the first no larger than the last, at most 10,000 of them: not \"9\" to \"3\".",
        seeds.statusText().get());
    robot.interact(() -> {
      seeds.firstTextProperty().set("1");
      seeds.lastTextProperty().set("x");
      assertFalse(seeds.compute());
    });
    assertTrue(seeds.statusText().get().endsWith("not \"1\" to \"x\"."), seeds.statusText().get());
  }
}
