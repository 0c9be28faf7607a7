package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R1, R2, R3 and R5: goroutine creation, run queues, schedule order, Gosched. */
class RunQueueRulesTest {

  private static Script spawnDigitsThenWait(Ref<WaitGroup> wg) {
    Script main = Script.main().makeWg(wg).add(wg, 10);
    for (int i = 0; i < 10; i++) {
      String d = Integer.toString(i);
      main.go(() -> Script.fn("f").print(d).done(wg));
    }
    return main.await(wg);
  }

  @Test
  void R2_2_goStatement_lastSpawnedRunsFirstFromRunnext_9012345678() {
    Run r = Run.of(Run.plain(1), spawnDigitsThenWait(new Ref<>("wg")));
    assertEquals("9012345678", r.stdout());
    assertEquals(Event.EndReason.MAIN_RETURNED, r.rt.endReason());
    assertEquals(0, r.rt.exitCode());
  }

  @Test
  void R2_2_withFinalizerGoroutine_stillPrints9012345678() {
    Run r = Run.of(Run.withFmt(1), spawnDigitsThenWait(new Ref<>("wg")));
    assertEquals("9012345678", r.stdout());
  }

  @Test
  void R2_2_goStatement_pushesOldRunnextToLocalQueueTail() {
    Run r = Run.of(Run.plain(1), spawnDigitsThenWait(new Ref<>("wg")));
    List<Event.GoroutineCreated> created = r.all(Event.GoroutineCreated.class).stream()
        .filter(c -> !c.system() && c.g() != 1).toList();
    assertEquals(-1, created.get(0).displaced());
    assertEquals(created.get(0).g(), created.get(1).displaced());
  }

  private static String overflowOrder(RuntimeConfig config) {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 300);
    for (int i = 0; i < 300; i++) {
      String s = i + " ";
      main.go(() -> Script.fn("f").print(s).done(wg));
    }
    main.await(wg);
    return compress(Run.of(config, main).stdout());
  }

  /** Writes runs of consecutive numbers as a-b, like the reference. */
  static String compress(String out) {
    String[] parts = out.trim().split(" ");
    List<String> res = new ArrayList<>();
    int i = 0;
    while (i < parts.length) {
      int j = i;
      while (j + 1 < parts.length && Integer.parseInt(parts[j + 1]) == Integer.parseInt(parts[j]) + 1) {
        j++;
      }
      res.add(j == i ? parts[i] : parts[i] + "-" + parts[j]);
      i = j + 1;
    }
    return String.join(" ", res);
  }

  @Test
  void R2_3_overflowAndR3_1_fairness_300Goroutines() {
    assertEquals("299 128-184 0 185-244 1 245-255 257-298 2-127 256", overflowOrder(Run.plain(1)));
  }

  @Test
  void R2_3_overflowWithRunfinqInRunnext_isShiftedByOne() {
    assertTrue(overflowOrder(Run.withFmt(1)).startsWith("299 127-243 0 "), overflowOrder(Run.withFmt(1)));
  }

  @Test
  void R2_3_overflow_moves128OldestPlusTheNewOneToTheGlobalQueue() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 258);
    for (int i = 0; i < 258; i++) {
      main.go(() -> Script.fn("f").done(wg));
    }
    Run r = Run.of(Run.plain(1), main.await(wg));
    List<Event.LocalQueueOverflow> o = r.all(Event.LocalQueueOverflow.class);
    assertEquals(1, o.size());
    assertEquals(129, o.get(0).moved().size());
    assertEquals(5, o.get(0).moved().get(0)); // g0 is goroutine 5 without fmt
    assertEquals(5 + 127, o.get(0).moved().get(127));
    assertEquals(5 + 256, o.get(0).moved().get(128)); // the displaced runnext, g256
  }

  @Test
  void R3_2_globalBatch_takesWholeQueueWithOneProcUpTo128() {
    assertTrue(overflowOrder(Run.plain(1)).endsWith("2-127 256"));
  }

  @Test
  void R3_3_runnextInheritsSlice_noTickIncrement() {
    Run r = Run.of(Run.plain(1), spawnDigitsThenWait(new Ref<>("wg")));
    Event.GoroutineStarted first = r.all(Event.GoroutineStarted.class).get(1);
    assertEquals(Event.Source.RUNNEXT, first.source());
    assertEquals(false, first.newSlice());
    assertEquals(4, first.schedtick());
    Event.GoroutineStarted second = r.all(Event.GoroutineStarted.class).get(2);
    assertEquals(Event.Source.LOCAL_QUEUE, second.source());
    assertEquals(5, second.schedtick());
  }

  @Test
  void R3_4_initialTick_isAParameter() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 300);
    for (int i = 0; i < 300; i++) {
      String s = i + " ";
      main.go(() -> Script.fn("f").print(s).done(wg));
    }
    main.await(wg);
    String out = compress(Run.of(Run.plain(1).withInitialSchedTick(0), main).stdout());
    // Tick 0 at the first schedule: the GRQ head (g0) cuts in before runnext.
    assertTrue(out.startsWith("0 299 128-"), out);
  }

  @Test
  void R5_1_gosched_sendsCallerToGlobalQueueTail_g3g1g2main() {
    Script main = Script.main();
    for (int i = 1; i <= 3; i++) {
      String s = "g" + i + " ";
      main.go(() -> Script.fn("func1").print(s));
    }
    main.gosched().print("main ");
    assertEquals("g3 g1 g2 main ", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R5_1_twoGoschedLoops_alternate_B0A0B1A1B2A2() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 2);
    for (String name : new String[] {"A", "B"}) {
      main.go(() -> {
        Script s = Script.fn(name);
        for (int i = 0; i < 3; i++) {
          s.print(name + i + " ").gosched();
        }
        return s.done(wg);
      });
    }
    main.await(wg);
    assertEquals("B0 A0 B1 A1 B2 A2 ", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R5_1_goschedAlone_returnsAtOnce() {
    Run r = Run.of(Run.plain(1), Script.main().gosched().print("back"));
    assertEquals("back", r.stdout());
    assertEquals(1, r.all(Event.GoroutineYielded.class).size());
  }

  @Test
  void R1_7_startState_mainOnP0_runtimeGoroutinesParked_runfinqInRunnext() {
    List<Event> events = new ArrayList<>();
    GoRuntime rt = new GoRuntime(Run.withFmt(2), new SeededChooser(1), events::add);
    rt.start(Script.main());
    RuntimeSnapshot s = rt.snapshot();
    assertEquals(1, s.processors().get(0).running());
    assertEquals(5, s.processors().get(0).runnext());
    assertEquals(RuntimeSnapshot.PStatus.IDLE, s.processors().get(1).status());
    assertEquals(List.of(1, 2, 3, 4, 5), s.goroutines().stream().map(RuntimeSnapshot.GoroutineState::id).toList());
    assertEquals("GC sweep wait", s.goroutines().get(2).waitReason());
    assertTrue(s.goroutines().get(4).system());
    // R3.7: the M gcenable's wakep started is parked on midle, ready for the first wakep
    assertEquals(List.of(RuntimeSnapshot.MStatus.RUNNING, RuntimeSnapshot.MStatus.IDLE),
        s.machines().stream().map(RuntimeSnapshot.MachineState::status).toList());
    rt.checkInvariants();
  }

  @Test
  void R1_7_numGoroutine_countsOnlyUserGoroutines() {
    int[] seen = new int[2];
    Script main = Script.main()
        .add((o, s) -> {
          seen[0] = o.numGoroutine();
          return Script.STEP;
        })
        .go(() -> Script.fn("f").forever())
        .add((o, s) -> {
          seen[1] = o.numGoroutine();
          return Script.STEP;
        });
    Run.of(Run.withFmt(1), main);
    assertEquals(1, seen[0]);
    assertEquals(2, seen[1]);
  }
}
