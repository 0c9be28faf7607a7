package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R1 (entities), R2.1, R4.2, R5.2, R6.1, R9.5, R13.1, R13.3 and the engine's own contracts. */
class EntityRulesTest {
  private static final long MS = 1_000_000L;

  /** Runs {@code main} and returns the snapshot after every action. */
  private static List<RuntimeSnapshot> snapshots(RuntimeConfig config, Script main) {
    GoRuntime rt = new GoRuntime(config, new SeededChooser(config.seed()), e -> {});
    rt.start(main);
    List<RuntimeSnapshot> out = new ArrayList<>();
    out.add(rt.snapshot());
    while (rt.advance()) {
      rt.checkInvariants();
      out.add(rt.snapshot());
    }
    return out;
  }

  @Test
  void R1_1_goroutine_hasIdStatusWaitReasonAndSleepTimer() {
    RuntimeSnapshot.GoroutineState sleeper = snapshots(Run.plain(1),
        Script.main().go(() -> Script.fn("s").sleep(2 * MS)).gosched().sleep(5 * MS)).stream()
        .flatMap(s -> s.goroutines().stream()).filter(g -> g.id() == 5 && g.wakeAt() > 0).findFirst().orElseThrow();
    assertEquals(RuntimeSnapshot.GStatus.WAITING, sleeper.status());
    assertEquals("sleep", sleeper.waitReason());
    assertEquals("main.s", sleeper.function());
    assertEquals(1, sleeper.createdBy());
  }

  @Test
  void R1_2_deadGoroutinesStay_andIdsAreNeverReused() {
    List<RuntimeSnapshot> all = snapshots(Run.plain(1), Script.main()
        .go(() -> Script.fn("a")).gosched().go(() -> Script.fn("b")).gosched());
    RuntimeSnapshot last = all.get(all.size() - 1);
    assertEquals(RuntimeSnapshot.GStatus.DEAD, last.goroutines().get(4).status());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), last.goroutines().stream().map(RuntimeSnapshot.GoroutineState::id).toList());
  }

  @Test
  void R1_3_waitReasons_areGo119Strings() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Run r = Run.of(Run.plain(1), Script.main().make(ch, 0).makeWg(wg).add(wg, 1)
        .go(() -> Script.fn("s").sleep(MS)).go(() -> Script.fn("w").await(wg)).go(() -> Script.fn("r").recv(ch))
        .gosched().sleep(2 * MS).done(wg).send(ch, 1));
    List<String> reasons = r.all(Event.GoroutineBlocked.class).stream().filter(b -> b.g() >= 5)
        .map(Event.GoroutineBlocked::waitReason).toList();
    assertEquals(List.of("chan receive", "sleep", "semacquire"), reasons);
  }

  @Test
  void R1_4_machines_passThroughEveryState() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 2)
        .go(() -> Script.fn("sys").syscall(2 * MS).done(wg))
        .go(() -> Script.fn("sleeper").sleep(3 * MS).done(wg))
        .work(100_000).await(wg);
    Set<RuntimeSnapshot.MStatus> seen = EnumSet.noneOf(RuntimeSnapshot.MStatus.class);
    for (RuntimeSnapshot s : snapshots(Run.plain(2), main)) {
      s.machines().forEach(m -> seen.add(m.status()));
    }
    assertEquals(EnumSet.allOf(RuntimeSnapshot.MStatus.class), seen);
  }

  @Test
  void R1_5_exactlyGomaxprocsPs_inEveryState() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 1).go(() -> Script.fn("sys").syscall(MS).done(wg)).await(wg);
    Set<RuntimeSnapshot.PStatus> seen = EnumSet.noneOf(RuntimeSnapshot.PStatus.class);
    for (RuntimeSnapshot s : snapshots(Run.plain(3), main)) {
      assertEquals(3, s.processors().size());
      s.processors().forEach(p -> seen.add(p.status()));
    }
    assertEquals(EnumSet.allOf(RuntimeSnapshot.PStatus.class), seen);
  }

  @Test
  void R1_6_globalQueue_isVisibleInSnapshot() {
    Script main = Script.main().go(() -> Script.fn("a").gosched()).gosched();
    assertTrue(snapshots(Run.plain(1), main).stream().anyMatch(s -> s.globalQueue().equals(List.of(1))));
  }

  @Test
  void R2_1_localQueue_neverHoldsMoreThan256() {
    List<RuntimeSnapshot> all = snapshots(Run.plain(1), Programs.overflow());
    int most = all.stream().mapToInt(s -> s.processors().get(0).localQueue().size()).max().orElseThrow();
    assertEquals(256, most);
  }

  @Test
  void R4_2_goroutineInheritingAnExpiredSlice_getsOneStepBeforePreemption() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0).go(() -> Script.fn("r").recv(ch).print("r ran ").work(MS)).gosched();
    for (int i = 0; i < 12; i++) {
      main.work(MS);
    }
    Run r = Run.of(Run.plain(1), main.send(ch, 1).print("main ").gosched());
    // main was preempted at 10 ms; r, woken later on inherited time, prints before it is preempted.
    assertTrue(r.stdout().contains("r ran"), r.stdout());
  }

  @Test
  void R5_2_goyield_putsTheCallerOnTheLocalQueueTail() {
    Ref<Mutex> mu = new Ref<>("mu");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Run r = Run.of(Run.plain(1), Script.main().makeMutex(mu).makeWg(wg).add(wg, 1).lock(mu)
        .go(() -> Script.fn("A").lock(mu).unlock(mu).done(wg))
        .gosched().sleep(5 * MS).unlock(mu).lock(mu).gosched().unlock(mu).await(wg));
    Event.GoroutineYieldedToLocalQueue y = r.all(Event.GoroutineYieldedToLocalQueue.class).get(0);
    assertEquals(1, y.g());
    Event.GoroutineStarted next = r.events.subList(r.events.indexOf(y), r.events.size()).stream()
        .filter(e -> e instanceof Event.GoroutineStarted s && s.g() == 1).map(Event.GoroutineStarted.class::cast)
        .findFirst().orElseThrow();
    assertEquals(Event.Source.LOCAL_QUEUE, next.source());
  }

  @Test
  void R6_1_park_detachesFromMAndP_withReason() {
    Ref<Channel> ch = new Ref<>("ch");
    GoRuntime rt = new GoRuntime(Run.plain(1), new SeededChooser(1), e -> {});
    rt.start(Script.main().make(ch, 0).go(() -> Script.fn("r").recv(ch)).gosched().send(ch, 1));
    RuntimeSnapshot s;
    do {
      rt.advance();
      s = rt.snapshot();
    } while (s.goroutines().size() < 5 || s.goroutines().get(4).status() != RuntimeSnapshot.GStatus.WAITING);
    assertEquals("chan receive", s.goroutines().get(4).waitReason());
    assertEquals(0, s.goroutines().get(4).waitingOn());
    assertEquals("ch", s.goroutines().get(4).waitingOnName());
    assertEquals(-1, s.processors().get(0).running());
    assertEquals(-1, s.machines().get(0).g());
    assertEquals(List.of(new RuntimeSnapshot.Waiter(5, "", false)), s.channels().get(0).recvq());
  }

  @Test
  void R9_5_pendingTimer_meansNoDeadlockYet() {
    Ref<Channel> ch = new Ref<>("ch");
    Run r = Run.of(Run.plain(1), Script.main().make(ch, 0).go(() -> Script.fn("s").sleep(40 * MS)).recv(ch));
    assertTrue(r.all(Event.Deadlocked.class).get(0).time() >= 40 * MS);
  }

  @Test
  void R13_1_idCacheOf16_refillsWithoutGapsOnOneP() {
    Script main = Script.main();
    for (int i = 0; i < 40; i++) {
      main.go(() -> Script.fn("f"));
    }
    Run r = Run.of(Run.plain(1), main);
    List<Integer> ids = r.all(Event.GoroutineCreated.class).stream().map(Event.GoroutineCreated::g).toList();
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i + 1, ids.get(i));
    }
  }

  @Test
  void R13_3_reservedIds_shiftTheFirstUserGoroutine() {
    Run r = Run.of(Run.plain(1).withReservedGoroutineIds(1), Script.main().go(() -> Script.fn("f")));
    assertEquals(6, r.all(Event.GoroutineCreated.class).stream().filter(c -> c.function().equals("main.f"))
        .findFirst().orElseThrow().g());
  }

  @Test
  void contract_opsAfterParking_throwWithTheGoroutine() {
    Ref<Channel> ch = new Ref<>("ch");
    GoRuntime rt = new GoRuntime(Run.plain(1), new SeededChooser(1), e -> {});
    rt.start(Script.main().make(ch, 0).add((o, s) -> {
      o.receive(ch.v);
      o.print("after park");
      return 1;
    }));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
      while (rt.advance()) {
        // until the bad body call
      }
    });
    assertTrue(e.getMessage().contains("goroutine 1 after it parked"), e.getMessage());
  }

  @Test
  void contract_stepCostBelowOne_isRejected() {
    GoRuntime rt = new GoRuntime(Run.plain(1), new SeededChooser(1), e -> {});
    rt.start(Script.main().work(0));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
      while (rt.advance()) {
        // until the bad cost
      }
    });
    assertTrue(e.getMessage().contains("at least 1 ns"), e.getMessage());
  }

  @Test
  void contract_startTwice_isRejected() {
    GoRuntime rt = new GoRuntime(Run.plain(1), new SeededChooser(1), e -> {});
    rt.start(Script.main());
    assertThrows(IllegalStateException.class, () -> rt.start(Script.main()));
  }
}
