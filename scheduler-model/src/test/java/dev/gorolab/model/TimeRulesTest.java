package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import java.util.List;
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

  // ---- runtime/time.go timers of the time package ------------------------------------------

  private static Script withTimer(Script main, Ref<Channel> ch, Ref<RuntimeTimer> t, long nanos, long period) {
    return main.add((o, s) -> {
      ch.v = o.makeChannel(ch.name, "time.Time", 1, 0L);
      t.v = o.startTimer(t.name, nanos, period, ch.v, now -> now);
      return 1;
    });
  }

  @Test
  void sendTime_handsTheTimeToAWaitingReceiver_whoWakesIntoRunnext() {
    Ref<Channel> ch = new Ref<>("t.C");
    Ref<RuntimeTimer> t = new Ref<>("t");
    Script main = withTimer(Script.main(), ch, t, 5 * MS, 0)
        .recv(ch, (o, r) -> o.print("got " + r.value()));
    Run r = Run.of(Run.plain(1), main);
    assertEquals("got " + r.all(Event.TimerExpired.class).get(0).time(), r.stdout());
    Event.TimerExpired e = r.all(Event.TimerExpired.class).get(0);
    assertEquals(Event.TimerDelivery.HANDED_TO_RECEIVER, e.delivery());
    assertEquals(1, e.g());
    assertTrue(e.time() >= 5 * MS && e.due() == r.all(Event.TimerStarted.class).get(0).when());
  }

  @Test
  void sendTime_neverBlocks_aTickerKeepsOneTickAndDropsTheRest() {
    Ref<Channel> ch = new Ref<>("tk.C");
    Ref<RuntimeTimer> t = new Ref<>("tk");
    Script main = withTimer(Script.main(), ch, t, 10 * MS, 10 * MS).sleep(35 * MS)
        .add((o, s) -> {
          o.print("buffered " + o.len(ch.v));
          return 1;
        });
    Run r = Run.of(Run.plain(1), main);
    assertEquals("buffered 1", r.stdout());
    List<Event.TimerDelivery> d = r.all(Event.TimerExpired.class).stream().map(Event.TimerExpired::delivery).toList();
    assertEquals(List.of(Event.TimerDelivery.BUFFERED, Event.TimerDelivery.DROPPED, Event.TimerDelivery.DROPPED), d);
  }

  @Test
  void deltimer_returnsWhetherPending_andLeavesTheTimerInTheHeapUntilASchedulerPass() {
    Ref<Channel> ch = new Ref<>("t.C");
    Ref<RuntimeTimer> t = new Ref<>("t");
    Script main = withTimer(Script.main(), ch, t, 3_600_000 * MS, 0).add((o, s) -> {
      o.print(o.stopTimer(t.v) + " " + o.stopTimer(t.v));
      return 1;
    }).forever();
    Run r = Run.of(Run.plain(1), main);
    assertEquals("true false", r.stdout());
    // R11.5: the stopped timer went at main's scheduler pass, so the deadlock is reported at once.
    assertEquals(Event.EndReason.DEADLOCK, r.rt.endReason());
    assertTrue(r.rt.now() < MS);
  }

  @Test
  void pendingTimer_postponesTheDeadlockReport_R11_5() {
    Ref<Channel> ch = new Ref<>("t.C");
    Ref<RuntimeTimer> t = new Ref<>("t");
    Script main = withTimer(Script.main(), ch, t, 50 * MS, 0).forever();
    Run r = Run.of(Run.plain(1), main);
    assertEquals(Event.EndReason.DEADLOCK, r.rt.endReason());
    assertTrue(r.rt.now() >= 50 * MS, "reported at " + r.rt.now());
  }

  @Test
  void modtimer_ofAFiredTimer_startsItAgain_andReturnsFalse() {
    Ref<Channel> ch = new Ref<>("t.C");
    Ref<RuntimeTimer> t = new Ref<>("t");
    Script main = withTimer(Script.main(), ch, t, MS, 0).recv(ch).add((o, s) -> {
      o.print("reset " + o.resetTimer(t.v, 2 * MS, 0));
      return 1;
    }).recv(ch, (o, r) -> o.print(" again at " + r.value()));
    Run r = Run.of(Run.plain(1), main);
    long second = r.all(Event.TimerExpired.class).get(1).time();
    assertEquals("reset false again at " + second, r.stdout());
    assertEquals(2, r.all(Event.TimerExpired.class).size());
  }

  @Test
  void goFunc_startsTheAfterFuncGoroutineIntoTheRunnextOfThePRunningTimers() {
    Script main = Script.main().add((o, s) -> {
      o.afterFunc("f", 2 * MS, () -> Script.fn("f").print("f runs"));
      return 1;
    }).sleep(10 * MS).print(" main");
    Run r = Run.of(Run.plain(1), main);
    assertEquals("f runs main", r.stdout());
    Event.TimerExpired e = r.all(Event.TimerExpired.class).get(0);
    assertEquals(Event.TimerDelivery.STARTED_GOROUTINE, e.delivery());
    Event.GoroutineCreated c = r.all(Event.GoroutineCreated.class).stream().filter(x -> x.g() == e.g()).findFirst()
        .orElseThrow();
    assertEquals(-1, c.parent());
  }
}
