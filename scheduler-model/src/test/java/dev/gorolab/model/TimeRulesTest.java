package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import org.junit.jupiter.api.Test;

/** R4 (time slices, preemption) and R9 (sleep and timers). */
class TimeRulesTest {
  private static final long MS = 1_000_000L;

  private static Script busy(String name, int ms, Ref<WaitGroup> wg) {
    Script s = Script.fn(name).print(name + " starts");
    for (int i = 0; i < ms; i++) {
      s.work(MS);
    }
    return s.print(name + " done").done(wg);
  }

  @Test
  void R4_3_longLoopIsPreemptedToGlobalQueue_AbeforeSfinishes() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 3)
        .go(() -> busy("S", 250, wg))
        .go(() -> Script.fn("A").print("A").done(wg))
        .go(() -> Script.fn("B").print("B").done(wg))
        .await(wg);
    Run r = Run.of(Run.withFmt(1), main);
    assertEquals("BS startsAS done", r.stdout());
    long a = r.timeOf("A");
    assertTrue(a >= 10 * MS && a < 11 * MS, "A at " + a);
    assertTrue(r.timeOf("S done") > 250 * MS);
    Event.GoroutinePreempted p = r.all(Event.GoroutinePreempted.class).get(0);
    assertTrue(p.ranNanos() >= 10 * MS && p.ranNanos() < 11 * MS, "ran " + p.ranNanos());
    assertTrue(r.rt.snapshot() != null);
  }

  @Test
  void R4_1_timeSliceIsAParameter() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 2)
        .go(() -> busy("S", 20, wg))
        .go(() -> Script.fn("A").print("A").done(wg))
        .await(wg);
    RuntimeConfig c = Run.plain(1);
    RuntimeConfig fast = new RuntimeConfig(1, 1, 4, 2 * MS, c.syscallRetakeNanos(), c.mutexStarvationNanos(),
        c.maxStepNanos(), false, c.maxGoroutines());
    Run r = Run.of(fast, main);
    assertTrue(r.timeOf("A") < 3 * MS, "A at " + r.timeOf("A"));
  }

  @Test
  void R4_4_pingPongPairSharesOneSlice_otherGoroutineWaitsAbout10ms() {
    Ref<Channel> ping = new Ref<>("ping");
    Ref<Channel> pong = new Ref<>("pong");
    Script b = Script.fn("B");
    Script main = Script.main().make(ping, 0).make(pong, 0)
        .go(() -> Script.fn("C").print("C"))
        .go(() -> {
          for (int i = 0; i < 20_000; i++) {
            b.recv(ping).send(pong, i);
          }
          return b;
        });
    for (int i = 0; i < 20_000; i++) {
      main.send(ping, i).recv(pong);
    }
    Run r = Run.of(Run.plain(1), main);
    long c = r.timeOf("C");
    assertTrue(c >= 10 * MS && c < 11 * MS, "C at " + c);
  }

  @Test
  void R9_1_sleepZero_doesNotYield() {
    Script main = Script.main().go(() -> Script.fn("g").print("g ")).sleep(0).print("main-after-Sleep(0) ")
        .sleep(MS);
    assertEquals("main-after-Sleep(0) g ", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R9_3_sleepersExpiringTogether_lastFiredRunsFirst_34012() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 5);
    for (int i = 0; i < 5; i++) {
      String s = i + " ";
      main.go(() -> Script.fn("f").sleep(10 * MS).print(s).done(wg));
    }
    main.await(wg);
    assertEquals("3 4 0 1 2 ", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R9_3_sleepersWithDecreasingDurations_43210() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 5);
    long[] d = {100, 80, 60, 40, 20};
    for (int i = 0; i < 5; i++) {
      String s = i + " ";
      long ms = d[i];
      main.go(() -> Script.fn("f").sleep(ms * MS).print(s).done(wg));
    }
    main.await(wg);
    assertEquals("4 3 2 1 0 ", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R9_2_R9_4_busyPDelaysTimerUntilItsNextSchedulingPoint() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 2)
        .go(() -> busy("L", 50, wg))
        .go(() -> Script.fn("sleeper").sleep(3 * MS).print("woke").done(wg))
        .await(wg);
    Run r = Run.of(Run.plain(1), main);
    long woke = r.timeOf("woke");
    assertTrue(woke >= 10 * MS && woke < 11 * MS, "woke at " + woke);
  }

  @Test
  void R9_1_sleepingGoroutine_hasWakeAtAndTimerOnItsP() {
    GoRuntime rt = new GoRuntime(Run.plain(1), new SeededChooser(1), e -> {});
    rt.start(Script.main().go(() -> Script.fn("s").sleep(5 * MS)).gosched().gosched());
    while (rt.snapshot().goroutines().stream().noneMatch(g -> g.waitReason().equals("sleep"))) {
      rt.advance();
    }
    RuntimeSnapshot.GoroutineState s = rt.snapshot().goroutines().stream()
        .filter(g -> g.waitReason().equals("sleep")).findFirst().orElseThrow();
    assertTrue(s.wakeAt() > 5 * MS);
  }
}
