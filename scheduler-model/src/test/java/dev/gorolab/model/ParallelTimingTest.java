package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parallel timing model (ParallelTiming): durations drawn through the Chooser at GOMAXPROCS > 1. */
class ParallelTimingTest {

  /** A seeded chooser that counts the TIMING choices it is asked for. */
  private static final class Counting implements Chooser {
    final SeededChooser seeded;
    final boolean ordersPs;
    int timing;

    Counting(long seed, boolean ordersPs) {
      this.seeded = new SeededChooser(seed);
      this.ordersPs = ordersPs;
    }

    @Override
    public int choose(ChoicePoint kind, int bound) {
      if (kind == ChoicePoint.TIMING) {
        timing++;
      }
      return seeded.choose(kind, bound);
    }

    @Override
    public boolean offers(ChoicePoint kind) {
      return kind.random || ordersPs;
    }
  }

  private static List<Event> run(int procs, Chooser chooser) {
    List<Event> events = new ArrayList<>();
    GoRuntime rt = new GoRuntime(RuntimeConfig.defaults(procs, 1), chooser, events::add);
    rt.start(Programs.workers());
    while (rt.advance()) {
      rt.checkInvariants();
    }
    return events;
  }

  @Test
  void oneProc_drawsNoTiming_soGomaxprocs1RunsStayAsTheyWere() {
    Counting c = new Counting(7, false);
    run(1, c);
    assertEquals(0, c.timing);
  }

  @Test
  void twoProcs_drawTiming_andTheSameSeedGivesTheSameRun() {
    Counting c = new Counting(7, false);
    List<Event> a = run(2, c);
    assertTrue(c.timing > 0);
    assertEquals(a, run(2, new Counting(7, false)));
  }

  @Test
  void twoProcs_differentSeeds_spreadTheTimingOfTheRun() {
    Set<Long> ends = new HashSet<>();
    for (long seed = 1; seed <= 20; seed++) {
      List<Event> events = run(2, new Counting(seed, false));
      ends.add(events.get(events.size() - 1).time());
    }
    assertTrue(ends.size() > 1, "20 seeds ended at the same virtual time");
  }

  @Test
  void explorerOrderingPs_isNeverAskedForTiming() {
    Counting c = new Counting(7, true);
    run(2, c);
    assertEquals(0, c.timing);
  }

  @Test
  void R3_7_firstWakep_wakesTheIdleMLeftFromStartup_insteadOfCreatingOne() {
    List<Event> events = run(2, new Counting(3, false));
    Event.MachineStarted first = events.stream().filter(e -> e instanceof Event.MachineStarted)
        .map(e -> (Event.MachineStarted) e).filter(m -> m.m() != 0).findFirst().orElseThrow();
    assertEquals(1, first.m());
    assertFalse(first.created());
    assertNotEquals(0, first.p());
  }
}
