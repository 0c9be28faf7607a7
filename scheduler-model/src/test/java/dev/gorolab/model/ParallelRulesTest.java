package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms that only matter when Ps run in parallel: stdout's write lock and write syscall
 * (R16.1), runqgrab's back-off per steal of a running victim's runnext (R3.5), sync.Mutex
 * spinning (R14.3 sync_runtime_canSpin) next to starvation mode (R14.4), how long a parked M and
 * the start-up M take to wake (R3.7), and sysmon's passes stretched by timer slack (R10.2).
 */
class ParallelRulesTest {
  private static final long US = 1_000L;
  private static final long MS = 1_000_000L;
  private static final int SEEDS = 40;

  // ---- R16.1: os.Stdout's write lock and write syscall --------------------------------------

  private static Script tenPrinters() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 10);
    for (int i = 0; i < 10; i++) {
      String line = i + "\n";
      main.go(() -> Script.fn("printer").print(line).done(wg));
    }
    return main.await(wg).print("done\n");
  }

  @Test
  void R16_1_eachPrint_isAWriteSyscall_whoseTextAppearsWhenItReturns() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Run r = Run.timed(Run.plain(2), seed, tenPrinters());
      List<Event.SyscallEntered> writes = r.all(Event.SyscallEntered.class);
      List<Event.Output> outputs = r.all(Event.Output.class);
      assertEquals(11, outputs.size(), "seed " + seed);
      assertEquals(11, writes.size(), "seed " + seed);
      for (Event.Output o : outputs) {
        Event.SyscallEntered w = writes.stream().filter(x -> x.g() == o.g()).findFirst().orElseThrow();
        assertEquals(w.time() + w.nanos(), o.time(), "seed " + seed + ": output of goroutine " + o.g());
      }
    }
  }

  @Test
  void R16_1_twoPsPrintingAtOnce_queueOnTheWriteLock_andNeverWriteAtTheSameTime() {
    int queued = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Run r = Run.timed(Run.plain(2), seed, tenPrinters());
      for (Event.GoroutineBlocked b : r.all(Event.GoroutineBlocked.class)) {
        if (!b.object().equals(PollFd.STDOUT)) {
          continue;
        }
        queued++;
        assertEquals("semacquire", b.waitReason());
        // woken by an unlock (semrelease), it still prints its line
        assertTrue(r.all(Event.Output.class).stream().anyMatch(o -> o.g() == b.g() && o.time() > b.time()),
            "seed " + seed + ": goroutine " + b.g() + " waited for the lock and never printed");
      }
      // never two writes in flight at once: the lock serialises them
      long busyUntil = -1;
      for (Event e : r.events) {
        if (e instanceof Event.SyscallEntered w) {
          assertTrue(w.time() >= busyUntil, "seed " + seed + ": two writes at once at " + w.time());
          busyUntil = w.time() + w.nanos();
        }
      }
    }
    assertTrue(queued > 0, "in " + SEEDS + " seeds no goroutine ever waited for os.Stdout's write lock");
  }

  @Test
  void R16_1_theFirstWriteOfTheProcessIsCold_laterOnesAreNot() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Run r = Run.timed(Run.plain(2), seed, tenPrinters());
      List<Event.SyscallEntered> writes = r.all(Event.SyscallEntered.class);
      long first = writes.get(0).nanos();
      assertTrue(java.util.Arrays.stream(ParallelTiming.FIRST_WRITE_NANOS).anyMatch(v -> v == first), "seed " + seed);
      for (Event.SyscallEntered w : writes.subList(1, writes.size())) {
        assertTrue(java.util.Arrays.stream(ParallelTiming.WRITE_NANOS).anyMatch(v -> v == w.nanos()),
            "seed " + seed + ": " + w);
      }
    }
  }

  @Test
  void R16_1_nothingAppearsAfterTheLastLineOfMain() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Script main = Script.main().go(() -> Script.fn("g").print("from the goroutine\n")).print("main done\n");
      Run r = Run.timed(Run.withFmt(2), seed, main);
      assertTrue(r.stdout().endsWith("main done\n"), "seed " + seed + ": " + r.stdout());
    }
  }

  @Test
  void R16_1_gomaxprocs1_printsStayOneStep_withoutASyscall() {
    Run r = Run.timed(Run.plain(1), 1, tenPrinters());
    assertEquals(0, r.all(Event.SyscallEntered.class).size());
    assertEquals("9\n0\n1\n2\n3\n4\n5\n6\n7\n8\ndone\n", r.stdout());
  }

  // ---- time.go doaddtimer: the first timer initialises the netpoller ------------------------

  /** How long after a park P{@code p} takes its next action (a goroutine or going idle). */
  private static long nextActionAfter(Run r, long t, int p) {
    for (Event e : r.events) {
      if (e.time() < t) {
        continue;
      }
      if (e instanceof Event.GoroutineStarted s && s.p() == p && s.time() > t
          || e instanceof Event.ProcessorIdle i && i.p() == p && i.time() > t) {
        return e.time() - t;
      }
    }
    throw new AssertionError("P" + p + " did nothing after " + t);
  }

  @Test
  void firstTimerOfTheProcess_costsItsMTheNetpollerInitialisation_laterOnesDoNot() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Script main = Script.main().go(() -> Script.fn("A").print("a\n")).sleep(MS).sleep(MS);
      Run r = Run.timed(Run.plain(2), seed, main);
      List<Event.SleepStarted> sleeps = r.all(Event.SleepStarted.class);
      long first = nextActionAfter(r, sleeps.get(0).time(), sleeps.get(0).p());
      long second = nextActionAfter(r, sleeps.get(1).time(), sleeps.get(1).p());
      assertTrue(first >= ParallelTiming.NETPOLL_INIT_NANOS[0], "seed " + seed + ": " + first);
      assertTrue(second < ParallelTiming.NETPOLL_INIT_NANOS[0], "seed " + seed + ": " + second);
    }
  }

  // ---- R3.7: a woken M's thread may wait for a core before its first goroutine step --------

  @Test
  void R3_7_wokenM_firstGoroutineStep_isDelayedNowAndThen_byADrawnWaitForACore() {
    int delayed = 0;
    int atOnce = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Script main = Script.main().go(() -> Script.fn("A").go(() -> Script.fn("B").work(US)).work(US)).work(5 * MS);
      Run r = Run.timed(Run.plain(2), seed, main);
      int a = r.all(Event.GoroutineCreated.class).stream().filter(c -> c.function().equals("main.A")).findFirst()
          .orElseThrow().g();
      Event.GoroutineStarted started = r.all(Event.GoroutineStarted.class).stream().filter(s -> s.g() == a)
          .findFirst().orElseThrow();
      assertEquals(1, started.p(), "seed " + seed + ": A should be stolen by P1 while main computes");
      long firstStep = r.all(Event.GoroutineCreated.class).stream().filter(c -> c.function().equals("main.B"))
          .findFirst().orElseThrow().time();
      long delay = firstStep - started.time();
      assertTrue(java.util.Arrays.stream(ParallelTiming.FIRST_RUN_DELAY_NANOS).anyMatch(v -> v == delay),
          "seed " + seed + ": " + delay);
      if (delay > 0) {
        delayed++;
      } else {
        atOnce++;
      }
    }
    assertTrue(delayed > 0 && atOnce > 0, "delayed " + delayed + ", at once " + atOnce);
  }

  // ---- R3.7: how long a parked M takes to wake, and the start-up M ------------------------

  /** main and a producer hand five values over an unbuffered channel, each side printing. */
  private static Script producerConsumer() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0).go(() -> {
      Script p = Script.fn("producer");
      for (int i = 0; i < 5; i++) {
        p.print("send " + i + "\n").send(ch, i);
      }
      return p;
    });
    for (int i = 0; i < 5; i++) {
      main.recv(ch).print("recv " + i + "\n");
    }
    return main;
  }

  /** How long after {@code t} P{@code p} first takes work or goes idle; -1 if the run ended first. */
  private static long firstStepAfter(Run r, long t, int p) {
    for (Event e : r.events) {
      if (e.time() > t && (e instanceof Event.GoroutineStarted s && s.p() == p
          || e instanceof Event.ProcessorIdle i && i.p() == p || e instanceof Event.Stolen st && st.thief() == p)) {
        return e.time() - t;
      }
    }
    return -1;
  }

  @Test
  void R3_7_aParkedM_isWokenNoSoonerThanAFutexWakeAcrossCores() {
    int wakes = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Run r = Run.timed(Run.plain(2), seed, producerConsumer());
      boolean first = true;
      for (Event.MachineStarted s : r.all(Event.MachineStarted.class)) {
        if (s.created() || s.m() == 0) {
          continue;
        }
        if (first) { // the start-up M: its own table, which may be sub-microsecond
          first = false;
          continue;
        }
        long next = firstStepAfter(r, s.time(), s.p());
        if (next < 0) {
          continue; // the program ended first
        }
        wakes++;
        assertTrue(next >= ParallelTiming.WAKE_IDLE_M_NANOS[0], "seed " + seed + ": " + s + " acted after " + next);
      }
    }
    assertTrue(wakes > 0, "in " + SEEDS + " seeds no parked M was woken a second time");
    assertEquals(5_000, ParallelTiming.WAKE_IDLE_M_NANOS[0]);
  }

  @Test
  void R3_7_unbufferedPingPong_staysOnOneP_likeGo() {
    // go1.19 on two cores ran this shape on one P in 1,000 of 1,000 runs: the M woken by each
    // ready() arrives after the waker has blocked and its P has taken the woken goroutine.
    for (long seed = 1; seed <= SEEDS; seed++) {
      Run r = Run.timed(Run.plain(2), seed, producerConsumer());
      assertEquals("send 0\nsend 1\nrecv 0\nrecv 1\nsend 2\nsend 3\nrecv 2\nrecv 3\nsend 4\nrecv 4\n", r.stdout(),
          "seed " + seed);
    }
  }

  @Test
  void R3_7_startupM_firstWake_isDrawnFromItsOwnTable_andOnlyOnce() {
    int fast = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Script main = Script.main().go(() -> Script.fn("A").work(US)).work(MS);
      Run r = Run.timed(Run.plain(2), seed, main);
      Event.MachineStarted s = r.all(Event.MachineStarted.class).stream().filter(x -> x.m() != 0).findFirst()
          .orElseThrow();
      assertTrue(!s.created(), "seed " + seed + ": the first wakep wakes the start-up M");
      long next = firstStepAfter(r, s.time(), s.p());
      if (next >= 0 && next < ParallelTiming.WAKE_IDLE_M_NANOS[0]) {
        fast++;
      }
    }
    assertTrue(fast > 0, "the start-up M never took work within " + ParallelTiming.WAKE_IDLE_M_NANOS[0] + " ns");
  }

  // ---- R10.2: sysmon's passes, stretched by the kernel's timer slack -----------------------

  @Test
  void R10_2_withParallelPs_aSyscallIsRetakenOneToTwoSysmonPeriodsAfterEntry() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      // A's 1 ms syscall leaves B in its P's runnext, and main keeps the other P busy: sysmon retakes
      Script main = Script.main().go(() -> Script.fn("A").go(() -> Script.fn("B").work(US)).syscall(MS)).work(3 * MS);
      Run r = Run.timed(Run.plain(2), seed, main);
      List<Event.SyscallHandoff> handoffs = r.all(Event.SyscallHandoff.class);
      assertTrue(!handoffs.isEmpty(), "seed " + seed + ": the P of a 1 ms syscall with work was never retaken");
      Event.SyscallEntered entered = r.all(Event.SyscallEntered.class).get(0);
      long after = handoffs.get(0).time() - entered.time();
      assertTrue(java.util.Arrays.stream(ParallelTiming.RETAKE_NANOS).anyMatch(v -> v == after),
          "seed " + seed + ": retaken " + after + " ns after entry");
    }
  }

  @Test
  void R10_2_withParallelPs_printsAreNeverRetaken_theirWritesEndBeforeSysmonsSecondPass() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Run r = Run.timed(Run.plain(2), seed, tenPrinters());
      assertEquals(List.of(), r.all(Event.SyscallHandoff.class), "seed " + seed);
    }
  }

  @Test
  void R10_2_gomaxprocs1_retakesAfterTheFixed20Microseconds() {
    Script main = Script.main().go(() -> Script.fn("B").work(US)).syscall(MS);
    Run r = Run.timed(Run.plain(1), 1, main);
    Event.SyscallEntered entered = r.all(Event.SyscallEntered.class).get(0);
    assertEquals(20 * US, r.all(Event.SyscallHandoff.class).get(0).time() - entered.time());
  }

  // ---- R3.5: runqgrab's usleep(3), per steal attempt ---------------------------------------

  @Test
  void R3_5_thiefBacksOffAgain_whenTheVictimRanItsRunnextAndHasANewOne() {
    Ref<Channel> never = new Ref<>("never");
    // main: go A, then parks at ~5.5 µs; P0 runs A from runnext; A: go B, then computes.
    Script main = Script.main().make(never, 0)
        .go(() -> Script.fn("A").go(() -> Script.fn("B").work(US)).work(MS))
        .work(3_500)
        .recv(never);
    Run r = Run.of(Run.plain(2), main);
    Event.MachineStarted m1 = r.all(Event.MachineStarted.class).stream().filter(m -> m.p() == 1).findFirst()
        .orElseThrow();
    int b = r.all(Event.GoroutineCreated.class).stream().filter(c -> c.function().equals("main.B")).findFirst()
        .orElseThrow().g();
    Event.Stolen s = r.all(Event.Stolen.class).get(0);
    assertEquals(List.of(b), s.stolen());
    assertTrue(s.fromRunnext());
    // M1 searches at +5 µs, backs off 3 µs for A; A has run meanwhile and B is in runnext now, so
    // runqgrab's CAS fails and it backs off 3 µs again before taking B.
    assertEquals(m1.time() + RuntimeState.M_WAKE_NANOS + 2 * RuntimeState.STEAL_BACKOFF_NANOS, s.time());
  }

  @Test
  void R3_5_runnextOfARunningVictim_isTakenAfterOneBackOff() {
    Script main = Script.main().go(() -> Script.fn("A").work(US)).work(MS);
    Run r = Run.of(Run.plain(2), main);
    Event.MachineStarted m1 = r.all(Event.MachineStarted.class).stream().filter(m -> m.p() == 1).findFirst()
        .orElseThrow();
    Event.Stolen s = r.all(Event.Stolen.class).get(0);
    assertTrue(s.fromRunnext());
    assertEquals(4, s.round());
    assertEquals(m1.time() + RuntimeState.M_WAKE_NANOS + RuntimeState.STEAL_BACKOFF_NANOS, s.time());
  }

  // ---- R14.3 spinning, R14.4 starvation at GOMAXPROCS=2 -------------------------------------

  @Test
  void R14_3_lockedByARunningP_waiterSpinsFourTimes_thenParks() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Ref<Mutex> mu = new Ref<>("mu");
      Ref<WaitGroup> wg = new Ref<>("wg");
      Script main = Script.main().makeMutex(mu).makeWg(wg).add(wg, 1).lock(mu)
          .go(() -> Script.fn("A").lock(mu).print("A locked\n").unlock(mu).done(wg))
          .work(2 * MS)
          .unlock(mu)
          .await(wg);
      Run r = Run.timed(Run.plain(2), seed, main);
      List<Integer> spins = new ArrayList<>();
      for (Event.MutexSpinning s : r.all(Event.MutexSpinning.class)) {
        spins.add(s.iteration());
      }
      assertEquals(List.of(1, 2, 3, 4), spins, "seed " + seed);
      Event.MutexSpinning last = r.all(Event.MutexSpinning.class).get(3);
      Event.GoroutineBlocked parked = r.all(Event.GoroutineBlocked.class).stream()
          .filter(b -> b.g() == last.g() && b.object().equals("mu")).findFirst().orElseThrow();
      assertTrue(parked.time() > last.time());
      assertEquals("A locked\n", r.stdout());
    }
  }

  @Test
  void R14_3_spinner_takesTheMutexWithoutParking_whenItIsUnlockedWhileItSpins() {
    int spunAndLocked = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Ref<Mutex> mu = new Ref<>("mu");
      Ref<WaitGroup> wg = new Ref<>("wg");
      Script main = Script.main().makeMutex(mu).makeWg(wg).add(wg, 1)
          .go(() -> Script.fn("A").lock(mu).unlock(mu).done(wg));
      main.loop(40, i -> main.lock(mu).work(2 * US).unlock(mu).work(300));
      main.await(wg);
      Run r = Run.timed(Run.plain(2), seed, main);
      List<Event.MutexSpinning> spins = r.all(Event.MutexSpinning.class);
      if (spins.isEmpty()) {
        continue;
      }
      int a = spins.get(0).g();
      boolean parked = r.all(Event.GoroutineBlocked.class).stream().anyMatch(b -> b.g() == a);
      if (!parked) {
        spunAndLocked++;
      }
    }
    assertTrue(spunAndLocked > 0, "no seed where A spun and then took the mutex without parking");
  }

  @Test
  void R14_3_gomaxprocs1_neverSpins() {
    Ref<Mutex> mu = new Ref<>("mu");
    Script main = Script.main().makeMutex(mu).lock(mu)
        .go(() -> Script.fn("A").lock(mu).unlock(mu))
        .gosched().unlock(mu).gosched();
    Run r = Run.timed(Run.plain(1), 1, main);
    assertTrue(r.all(Event.MutexSpinning.class).isEmpty());
  }

  @Test
  void R14_4_gomaxprocs2_waiterAfterOneMillisecond_getsTheMutexHandedOff() {
    int starved = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Ref<Mutex> mu = new Ref<>("mu");
      Ref<WaitGroup> wg = new Ref<>("wg");
      Script main = Script.main().makeMutex(mu).makeWg(wg).add(wg, 1).lock(mu)
          .go(() -> Script.fn("A").lock(mu).print("A locked\n").unlock(mu).done(wg))
          .work(5 * MS)
          .unlock(mu).lock(mu).work(5 * MS).unlock(mu)
          .print("main after 2nd Unlock\n")
          .await(wg);
      Run r = Run.timed(Run.plain(2), seed, main);
      // Main's relock races A, woken on P0 and stolen by P1 (main also pays the futex wake):
      // when main wins, A finds the mutex locked after 5 ms of waiting and starves it.
      if (r.all(Event.MutexStarving.class).isEmpty()) {
        continue;
      }
      starved++;
      int a = r.all(Event.MutexStarving.class).get(0).g();
      Event.MutexUnlocked handoff = r.all(Event.MutexUnlocked.class).stream().filter(Event.MutexUnlocked::starving)
          .findFirst().orElseThrow();
      assertEquals(1, handoff.g(), "seed " + seed);
      assertEquals(a, handoff.woken(), "seed " + seed);
      assertTrue(r.all(Event.MutexLocked.class).stream().anyMatch(l -> l.handoff() && l.g() == a), "seed " + seed);
      // the unlocker goyields to its P's local queue (R5.2)
      assertTrue(r.all(Event.GoroutineYieldedToLocalQueue.class).stream().anyMatch(y -> y.g() == 1), "seed " + seed);
    }
    assertTrue(starved > 0, "in " + SEEDS + " seeds the waiter never switched the mutex to starvation mode");
  }
}
