package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Whole-run properties: determinism, exact deltas, invariants over many programs and settings. */
class WholeRunTest {

  private static List<Event> events(Supplier<Script> program, int procs, long seed) {
    return Run.of(RuntimeConfig.defaults(procs, seed), program.get()).events;
  }

  @Test
  void determinism_sameProgramConfigSeed_identicalEvents() {
    for (Map.Entry<String, Supplier<Script>> p : Programs.all().entrySet()) {
      for (int procs = 1; procs <= 4; procs++) {
        for (long seed = 0; seed < 4; seed++) {
          List<Event> a = events(p.getValue(), procs, seed);
          List<Event> b = events(p.getValue(), procs, seed);
          assertEquals(a, b, p.getKey() + " GOMAXPROCS=" + procs + " seed=" + seed);
          assertTrue(a.get(a.size() - 1) instanceof Event.ProgramEnded, p.getKey());
        }
      }
    }
  }

  @Test
  void determinism_withOneProc_seedChangesOnlySelectChoices() {
    for (Map.Entry<String, Supplier<Script>> p : Programs.all().entrySet()) {
      if (p.getKey().equals("selectFanIn")) {
        continue;
      }
      assertEquals(events(p.getValue(), 1, 1), events(p.getValue(), 1, 99), p.getKey());
    }
    boolean differs = false;
    for (long seed = 1; seed < 10 && !differs; seed++) {
      differs = !events(Programs::selectFanIn, 1, 0).equals(events(Programs::selectFanIn, 1, seed));
    }
    assertTrue(differs, "some seed must change the select choices");
  }

  @Test
  void determinism_severalProcs_seedChangesStealOrder() {
    boolean differs = false;
    for (long seed = 1; seed < 20 && !differs; seed++) {
      differs = !events(Programs::busyLoops, 4, 0).equals(events(Programs::busyLoops, 4, seed))
          || !events(Programs::workers, 4, 0).equals(events(Programs::workers, 4, seed));
    }
    assertTrue(differs);
  }

  @Test
  void delta_appliedAtEveryEvent_reproducesSnapshot() {
    for (Map.Entry<String, Supplier<Script>> p : Programs.all().entrySet()) {
      for (int procs = 1; procs <= 4; procs++) {
        checkDeltas(p.getKey(), p.getValue().get(), RuntimeConfig.defaults(procs, procs));
      }
    }
  }

  private static void checkDeltas(String name, Script main, RuntimeConfig config) {
    GoRuntime[] holder = new GoRuntime[1];
    RuntimeSnapshot[] state = new RuntimeSnapshot[1];
    int[] count = new int[1];
    GoRuntime rt = new GoRuntime(config, new SeededChooser(config.seed()), e -> {
      RuntimeDelta d = holder[0].takeDelta();
      state[0] = state[0].apply(d);
      RuntimeSnapshot want = holder[0].snapshot();
      if (!want.equals(state[0])) {
        assertEquals(diff(want), diff(state[0]), name + " after event " + count[0] + " " + e);
      }
      count[0]++;
    });
    holder[0] = rt;
    state[0] = rt.snapshot();
    rt.takeDelta();
    rt.start(main);
    while (rt.advance()) {
      rt.checkInvariants();
      state[0] = state[0].apply(rt.takeDelta());
      assertEquals(rt.snapshot(), state[0], name + " after action");
    }
    assertTrue(count[0] > 10, name);
  }

  /** The snapshot one entity per line, so a failure shows only what differs. */
  private static String diff(RuntimeSnapshot s) {
    StringBuilder sb = new StringBuilder("time " + s.time() + "\nGRQ " + s.globalQueue() + "\n");
    for (Object o : s.processors()) {
      sb.append(o).append('\n');
    }
    for (Object o : s.machines()) {
      sb.append(o).append('\n');
    }
    for (Object o : s.goroutines()) {
      sb.append(o).append('\n');
    }
    for (Object o : s.channels()) {
      sb.append(o).append('\n');
    }
    for (Object o : s.waitGroups()) {
      sb.append(o).append('\n');
    }
    for (Object o : s.mutexes()) {
      sb.append(o).append('\n');
    }
    return sb.toString();
  }

  @Test
  void delta_initialTakeDelta_describesEverythingFromEmpty() {
    GoRuntime rt = new GoRuntime(RuntimeConfig.defaults(2, 1), new SeededChooser(1), e -> {});
    rt.start(Programs.digits());
    RuntimeSnapshot empty = new RuntimeSnapshot(0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
    assertEquals(rt.snapshot(), empty.apply(rt.takeDelta()));
  }

  @Test
  void everyProgram_endsAsExpected_onEveryProcCount() {
    for (int procs = 1; procs <= 4; procs++) {
      for (Map.Entry<String, Supplier<Script>> p : Programs.all().entrySet()) {
        Run r = Run.of(RuntimeConfig.defaults(procs, 7), p.getValue().get());
        Event.EndReason expected = p.getKey().equals("deadlock") ? Event.EndReason.DEADLOCK
            : Event.EndReason.MAIN_RETURNED;
        assertEquals(expected, r.rt.endReason(), p.getKey() + " GOMAXPROCS=" + procs + " " + r.rt.stderr());
      }
    }
  }

  @Test
  void outputs_ofOrderIndependentPrograms_agreeAcrossProcCounts() {
    List<String> outs = new ArrayList<>();
    for (int procs = 1; procs <= 4; procs++) {
      outs.add(Run.of(RuntimeConfig.defaults(procs, 3), Programs.pingPong()).stdout());
    }
    for (String o : outs) {
      assertEquals(outs.get(0), o);
    }
    assertNotEquals("", outs.get(0));
  }
}
