package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R3.5–R3.7 (stealing, idling, waking Ms) and R10 (syscalls and M:N). */
class MachineRulesTest {
  private static final long MS = 1_000_000L;

  private static Run nineWorkersOnTwoPs() {
    Script main = Script.main();
    for (int i = 0; i < 9; i++) {
      String s = i + "";
      main.go(() -> Script.fn("f").work(50_000).print(s));
    }
    return Run.of(Run.plain(2), main.work(2 * MS));
  }

  @Test
  void R3_7_wakep_goWithIdleP_startsOneSpinningM() {
    Run r = nineWorkersOnTwoPs();
    List<Event.MachineStarted> started = r.all(Event.MachineStarted.class);
    assertEquals(2, started.size()); // m0 at start, then m1 spinning for P1
    // R3.7 startm/mget: m1 is the idle M left from start-up, woken rather than created
    assertTrue(started.get(1).spinning() && !started.get(1).created());
    assertEquals(1, started.get(1).p());
  }

  @Test
  void R3_7_oneProc_neverStartsAnotherM() {
    Run r = Run.of(Run.plain(1), Programs.digits());
    assertEquals(1, r.all(Event.MachineStarted.class).size());
    assertEquals(1, r.rt.snapshot().machines().size());
  }

  @Test
  void R3_5_steal_takesCeilHalfFromVictimHead_runsTheLast() {
    Run r = nineWorkersOnTwoPs();
    Event.Stolen first = r.all(Event.Stolen.class).get(0);
    assertEquals(1, first.thief());
    assertEquals(0, first.victim());
    assertEquals(List.of(5, 6), first.stolen()); // LRQ [5 6 7 8] at 5 µs: ceil(4/2) from the head
    Event.GoroutineStarted run = r.all(Event.GoroutineStarted.class).stream().filter(s -> s.p() == 1)
        .findFirst().orElseThrow();
    assertEquals(6, run.g());
    assertEquals(Event.Source.STOLEN, run.source());
  }

  @Test
  void R3_5_runnext_isStolenOnlyInRound4_afterBackoff() {
    Run r = nineWorkersOnTwoPs();
    for (Event.Stolen s : r.all(Event.Stolen.class)) {
      assertEquals(s.fromRunnext(), s.round() == 4, s.toString());
    }
    assertTrue(r.all(Event.Stolen.class).stream().anyMatch(Event.Stolen::fromRunnext));
  }

  @Test
  void R3_6_noWork_processorIdles_machineParks() {
    Run r = nineWorkersOnTwoPs();
    Event.ProcessorIdle idle = r.all(Event.ProcessorIdle.class).get(0);
    assertEquals(1, idle.p());
    assertEquals(1, r.all(Event.MachineParked.class).get(0).m());
    RuntimeSnapshot s = r.rt.snapshot();
    assertEquals(RuntimeSnapshot.PStatus.IDLE, s.processors().get(1).status());
    assertEquals(RuntimeSnapshot.MStatus.IDLE, s.machines().get(1).status());
  }

  @Test
  void R2_2_twoProcs_digitsArePermutation() {
    Run r = Run.of(Run.plain(2), Programs.digits());
    List<String> chars = new ArrayList<>(List.of(r.stdout().split("")));
    Collections.sort(chars);
    assertEquals("0123456789", String.join("", chars));
  }

  @Test
  void R9_2_idlePTakesBusyPsTimerInStealRound4() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 1)
        .go(() -> Script.fn("sleeper").sleep(3 * MS).print("woke").done(wg));
    for (int i = 0; i < 20; i++) {
      main.work(MS);
    }
    Run r = Run.of(Run.plain(2), main.await(wg));
    long woke = r.timeOf("woke");
    assertTrue(woke >= 3 * MS && woke < 5 * MS, "woke at " + woke);
  }

  @Test
  void R10_1_R10_2_blockedSyscall_losesP_toAnotherM_moreMsThanPs() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 8);
    for (int i = 0; i < 8; i++) {
      main.go(() -> Script.fn("sys").syscall(200 * MS).done(wg));
    }
    for (int i = 0; i < 30; i++) {
      main.work(MS);
    }
    Run r = Run.of(Run.plain(1), main.await(wg));
    assertTrue(r.rt.now() < 300 * MS, "syscalls overlap: ended at " + r.rt.now());
    assertEquals(9, r.rt.snapshot().machines().size());
    assertEquals(1, r.rt.snapshot().processors().size());
    Event.SyscallHandoff h = r.all(Event.SyscallHandoff.class).get(0);
    Event.SyscallEntered e = r.all(Event.SyscallEntered.class).get(0);
    assertEquals(e.time() + 20_000, h.time()); // R10.2: taken after the sysmon retake delay
    assertTrue(h.toM() > 0);
  }

  @Test
  void R10_4_snapshotDuringSyscalls_showsMoreMsThanPs() {
    GoRuntime rt = new GoRuntime(Run.plain(1), new SeededChooser(1), e -> {});
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 3);
    for (int i = 0; i < 3; i++) {
      main.go(() -> Script.fn("sys").syscall(50 * MS).done(wg));
    }
    rt.start(main.await(wg));
    int most = 0;
    while (rt.advance()) {
      RuntimeSnapshot s = rt.snapshot();
      most = Math.max(most, (int) s.machines().stream()
          .filter(m -> m.status() == RuntimeSnapshot.MStatus.SYSCALL).count());
      rt.checkInvariants();
    }
    assertEquals(3, most);
  }

  @Test
  void R10_3_shortSyscall_fastPathKeepsOldP() {
    Run r = Run.of(Run.plain(1), Script.main().syscall(5_000).print("back"));
    Event.SyscallExited x = r.all(Event.SyscallExited.class).get(0);
    assertEquals(Event.SyscallExit.OLD_P, x.how());
    assertEquals(0, r.all(Event.SyscallHandoff.class).size());
  }

  @Test
  void R10_3_retakenP_busy_goroutineGoesToGlobalQueue() {
    Script main = Script.main().go(() -> Script.fn("sys").syscall(MS).print("sys back")).gosched();
    for (int i = 0; i < 5; i++) {
      main.work(MS);
    }
    Run r = Run.of(Run.plain(1), main.gosched());
    Event.SyscallExited x = r.all(Event.SyscallExited.class).get(0);
    assertEquals(Event.SyscallExit.GLOBAL_QUEUE, x.how());
    assertEquals("sys back", r.stdout());
  }

  @Test
  void R10_3_retakenP_idle_goroutineTakesIdleP() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Run r = Run.of(Run.plain(1), Script.main().makeWg(wg).add(wg, 1)
        .go(() -> Script.fn("sys").syscall(MS).done(wg)).await(wg));
    assertEquals(Event.SyscallExit.IDLE_P, r.all(Event.SyscallExited.class).get(0).how());
  }

  @Test
  void R3_6_allIdleWithTimer_oneMBlocksInNetpoll_andJumpsTime() {
    Run r = Run.of(Run.plain(2), Script.main().sleep(100 * MS).print("up"));
    assertEquals("up", r.stdout());
    assertTrue(r.timeOf("up") >= 100 * MS && r.timeOf("up") < 101 * MS);
    assertTrue(r.all(Event.MachineNetpollBlocked.class).size() >= 1);
  }

  @Test
  void procresize_growAndShrink_keepsExactlyGomaxprocsPs() {
    Run r = Run.of(Run.plain(1), Programs.resize());
    Event.ProcessorsResized grow = r.all(Event.ProcessorsResized.class).get(0);
    assertEquals(1, grow.from());
    assertEquals(3, grow.to());
    assertEquals(1, r.rt.snapshot().processors().size());
    List<String> chars = new ArrayList<>(List.of(r.stdout().split("")));
    Collections.sort(chars);
    assertEquals("012345", String.join("", chars));
  }
}
