package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.view.Ids;
import dev.gorolab.ui.view.MainWindow;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole pipeline: the bundled cake scenario, recorded by the simulator, shown and stepped. */
@ExtendWith(ApplicationExtension.class)
class RealRunAppTest {
  private MainViewModel vm;
  private Preferences prefs;

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/gorolab/test/run-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    new MainWindow(stage, vm, i18n, new MainWindow.Timing(1, 0));
    vm.openDefault();
    stage.show();
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  private Trace trace() {
    return vm.player().traceProperty().get();
  }

  /** The first step at which goroutine {@code g} parks with {@code reason}. */
  private int firstBlock(int g, String reason) {
    for (int i : trace().stepsOf(Event.GoroutineBlocked.class)) {
      Event.GoroutineBlocked b = (Event.GoroutineBlocked) trace().event(i);
      if (b.g() == g && b.waitReason().equals(reason)) {
        return i;
      }
    }
    throw new AssertionError("G" + g + " never parks with " + reason);
  }

  @Test
  void end_showsTheProgramsWholeOutput_andBackOneStepShowsLess(FxRobot robot) {
    AppPage page = new AppPage(robot);
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.END);
    String all = trace().outcome().stdout();
    assertTrue(all.endsWith("packing received cake alishi-cake-3\n"), all);
    assertEquals(all, page.console());
    assertEquals("step " + trace().size() + " / " + trace().size(), page.step());
    int lastOutput = trace().stepsOf(Event.Output.class).get(trace().stepsOf(Event.Output.class).size() - 1);
    robot.interact(() -> vm.player().seek(lastOutput - 1));
    String before = page.console();
    assertTrue(all.startsWith(before) && before.length() < all.length(), "at step " + lastOutput + ": " + before);
  }

  @Test
  void makerParkedOnSend_isShownOnCsSendqHoldingItsCake(FxRobot robot) {
    AppPage page = new AppPage(robot);
    int step = firstBlock(6, "chan send");
    robot.interact(() -> vm.player().seek(step));
    assertEquals(Ids.sendq(0), page.placeOf(6));
    assertTrue(page.textsIn(Ids.sendq(0)).contains("holds \"alishi-cake-"), page.textsIn(Ids.sendq(0)));
    robot.type(KeyCode.LEFT);
    assertEquals(Ids.running(0), page.placeOf(6));
  }

  @Test
  void packerParkedOnReceive_isShownOnCsRecvq(FxRobot robot) {
    AppPage page = new AppPage(robot);
    int step = firstBlock(7, "chan receive");
    robot.interact(() -> vm.player().seek(step));
    assertEquals(Ids.recvq(0), page.placeOf(7));
  }

  @Test
  void twoPs_giveADifferentRunWithAP1Card(FxRobot robot) {
    AppPage page = new AppPage(robot);
    Trace one = trace();
    new AppPage(robot).choose(Ids.GOMAXPROCS, "2");
    Trace two = trace();
    assertEquals(2, two.settings().gomaxprocs());
    assertTrue(page.find(Ids.processor(1)).isPresent());
    boolean differs = one.size() != two.size();
    for (int i = 0; !differs && i < one.size(); i++) {
      differs = !one.event(i).equals(two.event(i));
    }
    assertTrue(differs, "GOMAXPROCS=2 recorded the same run as GOMAXPROCS=1");
    assertNotEquals(one, two);
    assertEquals(one.outcome().stdout().lines().sorted().toList(), two.outcome().stdout().lines().sorted().toList());
  }

  @Test
  void codePane_withThousandsOfGoroutinesOnALine_drawsAFewMarkersAndCountsTheRest(FxRobot robot) {
    robot.interact(() -> vm.openBundled("teach-ten-thousand"));
    // Just before the close, all 10,000 goroutines were started and wait to run their receive.
    int before = trace().stepsOf(Event.ChannelClosed.class).get(0) - 1;
    robot.interact(() -> vm.player().seek(before));
    dev.gorolab.ui.view.CodeView code = robot.lookup("#" + Ids.CODE).queryAs(dev.gorolab.ui.view.CodeView.class);
    int line = trace().stateAt(before).goroutines().stream()
        .filter(g -> g.function().equals("main.add")).findFirst().orElseThrow().line();
    int waiting = code.goroutinesAt(line).size();
    assertTrue(waiting >= 10_000, "goroutines at line " + line + ": " + waiting);
    robot.interact(() -> code.scrollTo(Math.max(0, line - 3)));
    java.util.List<String> drawn = code.markerTextsAt(line);
    assertEquals(dev.gorolab.ui.view.CodeView.MARKERS_PER_LINE, drawn.size(), "markers drawn on line " + line);
    assertEquals("+" + (waiting - dev.gorolab.ui.view.CodeView.MARKERS_PER_LINE + 1), drawn.get(drawn.size() - 1));
  }

  @Test
  void packageVariables_showTheCounterButNotTheSyncObjectsThatHaveCards(FxRobot robot) {
    robot.interact(() -> vm.openBundled("teach-mutex-counter"));
    robot.clickOn("#" + Ids.NARRATION);
    robot.type(KeyCode.END);
    String shown =
        robot.lookup("#" + Ids.GLOBALS).queryAll().stream()
            .flatMap(n -> robot.from(n).lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream())
            .map(javafx.scene.control.Label::getText)
            .reduce("", (a, b) -> a + "\n" + b);
    dev.gorolab.model.Variable counter =
        trace().globalsAt(trace().size() - 1).stream()
            .filter(v -> v.name().equals("counter"))
            .findFirst()
            .orElseThrow();
    assertTrue(shown.contains("counter int = " + counter.value()), shown);
    assertTrue(!shown.contains("sync.WaitGroup =") && !shown.contains("sync.Mutex ="), shown);
  }
}
