package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.test.Runs;
import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.Jumps;
import dev.gorolab.ui.viewmodel.PlayerViewModel;
import dev.gorolab.ui.viewmodel.StartUp;
import dev.gorolab.ui.viewmodel.TimelineModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Go menu's jumps and the start at main's first statement, on real runs, without a Stage. */
class JumpsTest {
  private final PlayerViewModel player = new PlayerViewModel(new I18n(Locale.ENGLISH));

  private Trace load(String id, int gomaxprocs, int at) {
    var scenario = Runs.bundled(id);
    Trace t = Runs.record(scenario, gomaxprocs, scenario.seed());
    player.load(t, TimelineModel.of(t), at);
    return t;
  }

  @Test
  void load_atMainStart_skipsTheRuntimesStartUp_R1_7() {
    Trace t = load("cake", 1, PlayerViewModel.MAIN_START);
    int at = player.stepProperty().get();
    // m0, main created and started, three runtime goroutines created and parked, runfinq created.
    assertEquals(10, at + 1, "start-up steps");
    assertEquals(at, StartUp.lastStep(t));
    assertInstanceOf(Event.GoroutineCreated.class, t.event(at));
    assertTrue(((Event.GoroutineCreated) t.event(at)).system(), "the last start-up step starts runfinq");
    Event next = t.event(at + 1);
    assertFalse(next instanceof Event.GoroutineCreated c && c.system(), "step after the start-up: " + next);
    assertTrue(player.narrationProperty().get().startsWith("The runtime's start-up is done (steps 1–10, R1.7)"),
        player.narrationProperty().get());
    player.toStart();
    assertEquals(-1, player.stepProperty().get());
    player.toMainStart();
    assertEquals(at, player.stepProperty().get());
  }

  @Test
  void startUp_withParallelPs_includesTheSpareMachineParking() {
    Trace t = load("teach-work-stealing", 4, PlayerViewModel.MAIN_START);
    int at = player.stepProperty().get();
    assertTrue(at > 0);
    boolean parked = false;
    for (int i = 0; i <= at; i++) {
      parked |= t.event(i) instanceof Event.MachineParked;
    }
    assertTrue(parked, "R3.7: the M gcenable started parks during the start-up");
  }

  @Test
  void handWrittenRun_withoutStartUp_startsBeforeTheFirstStep() {
    ScriptedTrace t = TestTraces.cakeOneP();
    player.load(t, TimelineModel.of(t), PlayerViewModel.MAIN_START);
    assertEquals(-1, player.stepProperty().get());
  }

  @Test
  void nextSteal_landsOnAStealEvent_andBackReturnsToTheEarlierOne_R3_5() {
    Trace t = load("teach-work-stealing", 4, -1);
    List<Integer> steals = t.stepsOf(Event.Stolen.class);
    assertTrue(steals.size() >= 2, "steals: " + steals);
    assertTrue(player.jump(Jumps.Kind.STEAL, false));
    assertEquals(steals.get(0), player.stepProperty().get());
    assertTrue(player.jump(Jumps.Kind.STEAL, false));
    assertEquals(steals.get(1), player.stepProperty().get());
    assertTrue(player.jump(Jumps.Kind.STEAL, true));
    assertEquals(steals.get(0), player.stepProperty().get());
    assertFalse(player.jump(Jumps.Kind.STEAL, true), "no steal before the first");
    assertEquals(steals.get(0), player.stepProperty().get(), "a failed jump does not move");
  }

  @Test
  void everyKind_landsOnItsOwnEvents() {
    record Case(String id, int procs, Jumps.Kind kind, Class<? extends Event> type) {}
    for (Case c : List.of(
        new Case("cake", 1, Jumps.Kind.BLOCK, Event.GoroutineBlocked.class),
        new Case("cake", 1, Jumps.Kind.WAKE, Event.GoroutineReadied.class),
        new Case("teach-preemption", 1, Jumps.Kind.PREEMPT, Event.GoroutinePreempted.class),
        new Case("teach-runq-overflow", 1, Jumps.Kind.OVERFLOW, Event.LocalQueueOverflow.class),
        new Case("teach-syscall-handoff", 1, Jumps.Kind.HANDOFF, Event.SyscallHandoff.class),
        new Case("teach-deadlock-chan-send", 1, Jumps.Kind.END, Event.Deadlocked.class))) {
      Trace t = load(c.id(), c.procs(), -1);
      assertTrue(player.jump(c.kind(), false), c.toString());
      assertEquals(t.stepsOf(c.type()).get(0), player.stepProperty().get(), c.toString());
    }
  }

  @Test
  void nextVisibleChange_skipsStepsThatChangeNothingOnScreen() {
    Trace t = load("cake", 1, PlayerViewModel.MAIN_START);
    int moves = 0;
    int from = player.stepProperty().get();
    while (player.jump(Jumps.Kind.VISIBLE, false)) {
      int to = player.stepProperty().get();
      assertTrue(to > from);
      var scene = player.sceneProperty().get();
      // The step before the landing one looked like the start: nothing moved in between.
      player.seek(to - 1);
      assertNotEquals(scene, player.sceneProperty().get(), "step " + (to + 1) + " changes nothing");
      player.seek(to);
      from = to;
      moves++;
    }
    assertTrue(moves > 5 && moves < t.size() - StartUp.lastStep(t), "visible changes: " + moves + " of " + t.size());
    assertTrue(player.jump(Jumps.Kind.VISIBLE, true));
    assertTrue(player.stepProperty().get() < from);
  }
}
