package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Chooser.ChoicePoint;
import dev.gorolab.model.Event.EndReason;
import dev.gorolab.scenario.cli.GoroLabCli;
import dev.gorolab.scenario.cli.TraceLines;
import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.explore.Explorer;
import dev.gorolab.sim.explore.ScheduleFile;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import dev.gorolab.ui.viewmodel.SchedulerViewModel;
import dev.gorolab.ui.viewmodel.SchedulerViewModel.Goal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Be the scheduler on the real pipeline (same-thread executors): the run waits at each choice
 * point, the class's choices are a schedule, the goals are checked, and the saved schedule
 * replays on the command line byte for byte.
 */
class BeTheSchedulerTest {
  /** Two locks taken in opposite orders: deadlocks only when the second goroutine runs between the first's two Locks. */
  static final String LOCK_ORDER = String.join("\n",
      "package main",
      "",
      "import (",
      "\t\"fmt\"",
      "\t\"sync\"",
      ")",
      "",
      "var a, b sync.Mutex",
      "var wg sync.WaitGroup",
      "",
      "func one() {",
      "\ta.Lock()",
      "\tb.Lock()",
      "\tfmt.Println(\"one has both\")",
      "\tb.Unlock()",
      "\ta.Unlock()",
      "\twg.Done()",
      "}",
      "",
      "func two() {",
      "\tb.Lock()",
      "\ta.Lock()",
      "\tfmt.Println(\"two has both\")",
      "\ta.Unlock()",
      "\tb.Unlock()",
      "\twg.Done()",
      "}",
      "",
      "func main() {",
      "\twg.Add(2)",
      "\tgo one()",
      "\tgo two()",
      "\twg.Wait()",
      "}",
      "");

  private Preferences prefs;
  private MainViewModel vm;
  private SchedulerViewModel scheduler;

  @BeforeEach
  void setUp() {
    prefs = Preferences.userRoot().node("dev/gorolab/test/scheduler-" + System.nanoTime());
    I18n i18n = new I18n(Locale.ENGLISH);
    vm = new MainViewModel(new ScenarioModuleBackend(Simulation::record), Runnable::run, Runnable::run, prefs, i18n);
    scheduler = new SchedulerViewModel(vm, i18n);
  }

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  /** The choices of one schedule the explorer finds whose outcome {@code wanted} accepts. */
  private int[] explorerSchedule(int procs, ExploreMode mode, java.util.function.Predicate<Explorer.Outcome> wanted) {
    Program program = (Program) vm.scenarioProperty().get().program();
    Explorer.Result r = new Explorer(program, new Explorer.Options(procs, mode, 4000, 1000, 100_000)).search(1, Explorer.ON_THIS_THREAD);
    for (Map.Entry<Explorer.Outcome, Explorer.Found> e : r.outcomes().entrySet()) {
      if (wanted.test(e.getKey())) {
        return e.getValue().choices();
      }
    }
    throw new AssertionError("the explorer found no such outcome: " + r.outcomes().keySet());
  }

  /** Makes {@code choices} one at a time, as the class would, checking the run waits at each. */
  private void play(int[] choices) {
    for (int k = 0; k < choices.length; k++) {
      SchedulerViewModel.Pending p = scheduler.pendingProperty().get();
      assertNotNull(p, "the run should wait at choice " + (k + 1));
      assertEquals(k, p.index());
      assertEquals(p.step(), vm.player().stepProperty().get(), "the player stops at the choice");
      assertTrue(scheduler.chooseNumber(choices[k] + 1), "option " + (choices[k] + 1) + " of " + p.options());
    }
  }

  @Test
  void start_waitsAtTheFirstChoicePoint_andStepForwardGoesNoFurther() {
    vm.openBundled("teach-cake-counter");
    scheduler.start(ExploreMode.ANY, Goal.FREE);
    SchedulerViewModel.Pending p = scheduler.pendingProperty().get();
    assertNotNull(p);
    assertEquals(0, p.index());
    assertEquals(ChoicePoint.NEXT_GOROUTINE, p.kind());
    assertTrue(p.options().size() >= 2);
    assertTrue(p.options().get(0).label().endsWith("(the model's pick)"), p.options().get(0).label());
    int at = vm.player().stepProperty().get();
    assertEquals(p.step(), at);
    vm.player().stepForward();
    vm.player().toEnd();
    assertEquals(at, vm.player().stepProperty().get(), "the run waits for the class");
    vm.player().stepBack();
    assertEquals(at - 1, vm.player().stepProperty().get(), "step back works");
  }

  /** Takes the model's pick until the pending choice offers a runtime goroutine; returns that choice. */
  private SchedulerViewModel.Pending untilARuntimeGoroutineIsAnOption() {
    for (int k = 0; k < 40; k++) {
      SchedulerViewModel.Pending p = scheduler.pendingProperty().get();
      assertNotNull(p, "the run should offer a runtime goroutine before it ends");
      if (p.options().stream().anyMatch(SchedulerViewModel.Option::runtime)) {
        return p;
      }
      assertFalse(vm.player().showSystemProperty().get(), "no runtime goroutine offered at choice " + (k + 1));
      assertTrue(scheduler.chooseNumber(1));
    }
    throw new AssertionError("no runtime goroutine offered in 40 choices");
  }

  @Test
  void aRuntimeGoroutineAmongTheOptions_isShownWhileItIsOne_soEveryOptionIsRinged() {
    // Any interleaving on the cake counter: at choice 10 the model would run G5, a runtime
    // goroutine, next; the runtime view hides those unless asked. It shows them for that choice.
    vm.openBundled("teach-cake-counter");
    assertFalse(vm.player().showSystemProperty().get());
    scheduler.start(ExploreMode.ANY, Goal.FREE);
    SchedulerViewModel.Pending p = untilARuntimeGoroutineIsAnOption();
    SchedulerViewModel.Option runtime = p.options().stream().filter(SchedulerViewModel.Option::runtime).findFirst().orElseThrow();
    assertEquals(1, runtime.number(), "the model's own pick");
    assertTrue(vm.player().showSystemProperty().get(), "runtime goroutines shown while one is an option");
    assertTrue(scheduler.showingRuntimeForChoice());
    assertTrue(vm.player().sceneProperty().get().toString().contains("Token[g=" + runtime.goroutine() + ","),
        "the runtime view draws G" + runtime.goroutine());
    assertTrue(scheduler.chooseNumber(2));
    assertFalse(vm.player().showSystemProperty().get(), "hidden again once the choice is made");
  }

  @Test
  void runtimeGoroutinesTickedByTheClass_stayShownAfterTheChoice() {
    vm.openBundled("teach-cake-counter");
    vm.player().showSystemProperty().set(true);
    scheduler.start(ExploreMode.ANY, Goal.FREE);
    for (int k = 0; k < 40 && scheduler.pendingProperty().get() != null
        && scheduler.pendingProperty().get().options().stream().noneMatch(SchedulerViewModel.Option::runtime); k++) {
      scheduler.chooseNumber(1);
    }
    assertFalse(scheduler.showingRuntimeForChoice());
    scheduler.chooseNumber(2);
    assertTrue(vm.player().showSystemProperty().get());
  }

  @Test
  void choosingAnotherGoroutine_runsIt_andUndoTakesTheChoiceBack() {
    vm.openBundled("teach-cake-counter");
    scheduler.start(ExploreMode.ANY, Goal.FREE);
    SchedulerViewModel.Pending first = scheduler.pendingProperty().get();
    int other = first.options().get(1).goroutine();
    scheduler.chooseNumber(2);
    assertArrayEquals(new int[] {1}, scheduler.choices());
    assertEquals(ExploreMode.ANY, vm.scheduleProperty().get().mode());
    // The step after the choice is the chosen goroutine's.
    Trace t = vm.player().traceProperty().get();
    vm.player().setLimit(Integer.MAX_VALUE);
    String next = t.narration(first.step() + 1, Locale.ENGLISH) + " / " + t.narration(first.step() + 2, Locale.ENGLISH);
    assertTrue(next.contains("G" + other), next);
    scheduler.undo();
    assertArrayEquals(new int[0], scheduler.choices());
    assertEquals(0, scheduler.pendingProperty().get().index());
    assertEquals(first.step(), vm.player().stepProperty().get());
  }

  @Test
  void loseAnUpdate_onTheCakeCounter_isReachedAndCelebrated() {
    vm.openBundled("teach-cake-counter");
    scheduler.start(ExploreMode.ANY, Goal.LOST_UPDATE);
    assertEquals("cakes made: 3", scheduler.sequentialLastLine());
    int[] lost = explorerSchedule(1, ExploreMode.ANY, o -> o.exitCode() == 0 && !o.stdout().strip().endsWith("cakes made: 3"));
    play(lost);
    if (scheduler.pendingProperty().get() != null) {
      assertFalse(scheduler.goalMetProperty().get(), "not over while choices are pending");
      scheduler.finish();
    }
    assertTrue(scheduler.goalMetProperty().get(), vm.player().traceProperty().get().outcome().stdout());
    assertFalse(scheduler.celebratingProperty().get(), "celebrated at the end of the run");
    vm.player().toEnd();
    assertTrue(scheduler.celebratingProperty().get());
  }

  @Test
  void loseAnUpdate_theDefaultChoicesDoNotReachIt() {
    vm.openBundled("teach-cake-counter");
    scheduler.start(ExploreMode.ANY, Goal.LOST_UPDATE);
    scheduler.finish();
    assertFalse(scheduler.goalMetProperty().get());
    assertTrue(scheduler.statusProperty().get().contains("goal not reached"), scheduler.statusProperty().get());
  }

  @Test
  void makeItDeadlock_twoLocksInOppositeOrders_isReachedByChoosingGoroutines(@TempDir Path dir) throws Exception {
    Path go = dir.resolve("locks.go");
    Files.writeString(go, LOCK_ORDER);
    assertTrue(vm.open(go));
    scheduler.start(ExploreMode.ANY, Goal.DEADLOCK);
    int[] deadlock = explorerSchedule(1, ExploreMode.ANY, o -> o.reason() == EndReason.DEADLOCK);
    play(deadlock);
    scheduler.finish();
    assertEquals(EndReason.DEADLOCK, vm.player().traceProperty().get().outcome().reason());
    assertTrue(scheduler.goalMetProperty().get());
  }

  @Test
  void savedSchedule_replaysOnTheCommandLine_byteForByte(@TempDir Path dir) throws Exception {
    Path go = dir.resolve("teach-cake-counter.go");
    Files.writeString(go, new String(BeTheSchedulerTest.class.getResourceAsStream(
        "/dev/gorolab/scenario/library/teach-cake-counter/teach-cake-counter.go").readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(vm.open(go));
    scheduler.start(ExploreMode.ANY, Goal.LOST_UPDATE);
    play(explorerSchedule(1, ExploreMode.ANY, o -> !o.stdout().strip().endsWith("cakes made: 3")));
    // and two more choices of the class's own, past what the explorer needed
    for (int k = 0; k < 2 && scheduler.pendingProperty().get() != null; k++) {
      scheduler.chooseNumber(scheduler.pendingProperty().get().options().size());
    }
    Path schedule = scheduler.defaultFile();
    assertEquals(dir.resolve("teach-cake-counter.schedule"), schedule);
    scheduler.save(schedule);
    ScheduleFile saved = ScheduleFile.parse(Files.readString(schedule), "teach-cake-counter.schedule");
    assertArrayEquals(scheduler.choices(), saved.choices());
    assertEquals(ExploreMode.ANY, saved.mode());

    Path app = dir.resolve("app.jsonl");
    TraceLines.write(vm.player().traceProperty().get(), app);
    Path cli = dir.resolve("cli.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = GoroLabCli.run(new String[] {"run", go.toString(), "--schedule", schedule.toString(), "--trace", cli.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    assertEquals(vm.player().traceProperty().get().outcome().stdout(), out.toString(StandardCharsets.UTF_8));
    assertArrayEquals(Files.readAllBytes(app), Files.readAllBytes(cli), "the command line's trace is the app's, byte for byte");
  }

  @Test
  void openingASavedSchedule_replaysItInTheWindow(@TempDir Path dir) throws Exception {
    vm.openBundled("teach-cake-counter");
    Path file = dir.resolve("x.schedule");
    Files.writeString(file, "mode any\ngomaxprocs 1\nseed 1\nchoices 0,1\n");
    scheduler.open(file);
    assertEquals(ExploreMode.ANY, vm.scheduleProperty().get().mode());
    assertArrayEquals(new int[] {0, 1}, vm.scheduleProperty().get().choices());
    assertNull(scheduler.pendingProperty().get());
  }
}
