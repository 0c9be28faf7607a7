package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gorolab.model.Script.Ref;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R14: semaphores, WaitGroup and Mutex. */
class SyncRulesTest {
  private static final long MS = 1_000_000L;

  @Test
  void R14_2_lastDone_releasesWaitersFifo_lastReleasedRunsFirst_W4W1W2W3() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Ref<WaitGroup> all = new Ref<>("all");
    Script main = Script.main().makeWg(wg).makeWg(all).add(wg, 1).add(all, 4);
    for (int i = 1; i <= 4; i++) {
      String n = "W" + i + " ";
      main.go(() -> Script.fn("waiter").await(wg).print(n).done(all)).gosched();
    }
    main.done(wg).await(all);
    Run r = Run.of(Run.plain(1), main);
    assertEquals("W4 W1 W2 W3 ", r.stdout());
    assertEquals(java.util.List.of(5, 6, 7, 8), r.all(Event.WaitGroupAdded.class).get(2).released());
  }

  @Test
  void R14_2_waitOnZeroCounter_returnsAtOnce() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Run r = Run.of(Run.plain(1), Script.main().makeWg(wg).await(wg).print("through"));
    assertEquals("through", r.stdout());
    assertEquals(0, r.all(Event.GoroutineBlocked.class).stream().filter(b -> b.g() == 1).count());
  }

  @Test
  void R14_2_negativeCounter_panics() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Run r = Run.of(Run.plain(1), Script.main().makeWg(wg).done(wg).print("unreachable"));
    assertEquals("panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n", r.rt.stderr());
    assertEquals(2, r.rt.exitCode());
    assertEquals("", r.stdout());
  }

  private static String mutexExample(long holdNanos) {
    Ref<Mutex> mu = new Ref<>("mu");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeMutex(mu).makeWg(wg).add(wg, 1)
        .lock(mu)
        .go(() -> Script.fn("A").lock(mu).print("A locked\n").unlock(mu).done(wg))
        .gosched()
        .sleep(holdNanos)
        .unlock(mu).lock(mu)
        .print("main re-locked\n")
        .gosched()
        .unlock(mu)
        .print("main after 2nd Unlock\n")
        .await(wg);
    return Run.of(Run.plain(1), main).stdout();
  }

  @Test
  void R14_3_mutexNormalMode_unlockerBargesAndKeepsRunning() {
    assertEquals("main re-locked\nmain after 2nd Unlock\nA locked\n", mutexExample(0));
  }

  @Test
  void R14_4_mutexStarvation_afterOneMillisecond_handsOffAndYields() {
    assertEquals("main re-locked\nA locked\nmain after 2nd Unlock\n", mutexExample(5 * MS));
  }

  @Test
  void R14_4_starvingHandoff_emitsStarvingAndHandoffEvents() {
    Ref<Mutex> mu = new Ref<>("mu");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeMutex(mu).makeWg(wg).add(wg, 1).lock(mu)
        .go(() -> Script.fn("A").lock(mu).unlock(mu).done(wg))
        .gosched().sleep(5 * MS).unlock(mu).lock(mu).gosched().unlock(mu).await(wg);
    Run r = Run.of(Run.plain(1), main);
    assertEquals(1, r.all(Event.MutexStarving.class).size());
    assertEquals(1, r.all(Event.MutexLocked.class).stream().filter(Event.MutexLocked::handoff).count());
    assertEquals(1, r.all(Event.GoroutineYieldedToLocalQueue.class).size());
    assertEquals(false, r.rt.snapshot().mutexes().get(0).starving()); // R14.4 leaving: last waiter
  }

  @Test
  void R14_1_semaphoreWaitersWokenFifo() {
    Ref<Mutex> mu = new Ref<>("mu");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeMutex(mu).makeWg(wg).add(wg, 3).lock(mu);
    for (String n : new String[] {"A", "B", "C"}) {
      main.go(() -> Script.fn(n).lock(mu).print(n).unlock(mu).done(wg)).gosched();
    }
    main.unlock(mu).await(wg);
    assertEquals("ABC", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R14_4_unlockOfUnlockedMutex_isFatal() {
    Ref<Mutex> mu = new Ref<>("mu");
    Run r = Run.of(Run.plain(1), Script.main().makeMutex(mu).unlock(mu).print("unreachable"));
    assertEquals("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n", r.rt.stderr());
    assertEquals(Event.EndReason.FATAL_ERROR, r.rt.endReason());
    assertEquals(2, r.rt.exitCode());
  }

  // ---- RWMutex (sync/rwmutex.go) and Cond (runtime/sema.go notifyList) ------------------------

  private static Script act(Script s, java.util.function.Function<GoOps, OpResult> op) {
    return s.add((o, self) -> op.apply(o).parked() ? Script.PARKED : 1);
  }

  @Test
  void rwmutex_writerPreference_aReaderArrivingAfterAWaitingWriterWaitsBehindIt() {
    Ref<RWMutex> rw = new Ref<>("rw");
    Script main = Script.main().add((o, s) -> {
      rw.v = o.makeRWMutex("rw");
      return 1;
    });
    act(main, o -> o.rlock(rw.v)).print("R1 in ")
        .go(() -> act(Script.fn("W"), o -> o.rwlock(rw.v)).print("W in "))
        .go(() -> act(Script.fn("R2").sleep(2_000_000), o -> o.rlock(rw.v)).print("R2 in "))
        .sleep(5_000_000).print("R1 out ").add((o, s) -> {
          o.runlock(rw.v);
          return 1;
        }).sleep(5_000_000);
    Run r = Run.of(Run.plain(1), main);
    // R2 did not join R1 although only a reader held the lock: the writer was waiting.
    assertEquals("R1 in R1 out W in ", r.stdout());
    assertEquals(List.of(Event.RWMutexOp.RLOCK, Event.RWMutexOp.LOCK_WAITS_FOR_READERS, Event.RWMutexOp.RLOCK,
        Event.RWMutexOp.RUNLOCK, Event.RWMutexOp.LOCK),
        r.all(Event.RWMutexChanged.class).stream().map(Event.RWMutexChanged::op).toList());
  }

  @Test
  void cond_broadcast_readiesInTicketOrder_soTheLastWokenRunsFirst() {
    Ref<Mutex> mu = new Ref<>("mu");
    Ref<Cond> c = new Ref<>("c");
    Script main = Script.main().makeMutex(mu).add((o, s) -> {
      c.v = o.makeCond("c");
      return 1;
    });
    for (String name : List.of("A", "B", "C")) {
      main.go(() -> act(Script.fn(name).lock(mu), o -> o.condWait(c.v, mu.v)).print(name).unlock(mu));
    }
    main.sleep(1_000_000).add((o, s) -> {
      o.condBroadcast(c.v);
      return 1;
    }).sleep(1_000_000);
    Run r = Run.of(Run.plain(1), main);
    // C ran first (runnext, R2.2), so the tickets are C, A, B; woken in that order, B runs first.
    List<Integer> woken = r.all(Event.CondNotified.class).get(0).woken();
    List<Integer> created = r.all(Event.GoroutineCreated.class).stream().filter(e -> !e.system() && e.parent() > 0)
        .map(Event.GoroutineCreated::g).toList();
    assertEquals(List.of(created.get(2), created.get(0), created.get(1)), woken);
    assertEquals("BCA", r.stdout());
  }

  @Test
  void cond_signal_wakesTheOldestTicket_andTheWaiterRelocksBeforeReturning() {
    Ref<Mutex> mu = new Ref<>("mu");
    Ref<Cond> c = new Ref<>("c");
    Script main = Script.main().makeMutex(mu).add((o, s) -> {
      c.v = o.makeCond("c");
      return 1;
    });
    for (String name : List.of("A", "B")) {
      main.go(() -> act(Script.fn(name).lock(mu), o -> o.condWait(c.v, mu.v)).print(name).unlock(mu));
    }
    main.sleep(1_000_000).lock(mu).add((o, s) -> {
      o.condSignal(c.v);
      return 1;
    }).gosched().print("main holds mu ").unlock(mu).sleep(1_000_000);
    Run r = Run.of(Run.plain(1), main);
    // B waited first (runnext, R2.2) and was woken, but could not return from Wait until main
    // unlocked; A was never signalled.
    assertEquals("main holds mu B", r.stdout());
  }
}
