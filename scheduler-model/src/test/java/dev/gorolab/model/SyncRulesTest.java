package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gorolab.model.Script.Ref;
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
}
