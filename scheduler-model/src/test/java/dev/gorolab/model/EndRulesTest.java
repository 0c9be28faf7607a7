package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** R11 (deadlock), R12 (exit and panics) and R13 (goroutine ids). */
class EndRulesTest {
  private static final long MS = 1_000_000L;
  private static final String DEADLOCK = "fatal error: all goroutines are asleep - deadlock!\n\n";

  private static String deadlockOf(Function<Script, Script> body) {
    Run r = Run.of(Run.plain(1), body.apply(Script.main()));
    assertEquals(Event.EndReason.DEADLOCK, r.rt.endReason());
    assertEquals(2, r.rt.exitCode());
    return r.rt.stderr();
  }

  @Test
  void R11_4_deadlockHeaders_eachWaitReason() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<Channel> a = new Ref<>("a");
    Ref<Channel> b = new Ref<>("b");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Ref<Mutex> mu = new Ref<>("mu");
    assertEquals(DEADLOCK + "goroutine 1 [chan send]:\n", deadlockOf(m -> m.make(ch, 0).send(ch, 1)));
    assertEquals(DEADLOCK + "goroutine 1 [chan receive]:\n", deadlockOf(m -> m.make(ch, 0).recv(ch)));
    assertEquals(DEADLOCK + "goroutine 1 [chan send (nil chan)]:\n", deadlockOf(m -> m.sendNil(1)));
    assertEquals(DEADLOCK + "goroutine 1 [chan receive (nil chan)]:\n", deadlockOf(Script::recvNil));
    assertEquals(DEADLOCK + "goroutine 1 [select]:\n", deadlockOf(m -> m.make(a, 0).make(b, 0)
        .select(() -> List.of(SelectCase.receive(a.v), SelectCase.send(b.v, 1)), false, (o, r) -> {})));
    assertEquals(DEADLOCK + "goroutine 1 [select]:\n", deadlockOf(m -> m
        .select(() -> List.of(SelectCase.receive(null), SelectCase.send(null, 1)), false, (o, r) -> {})));
    assertEquals(DEADLOCK + "goroutine 1 [chan receive]:\n", deadlockOf(m -> m.make(ch, 0)
        .select(() -> List.of(SelectCase.receive(ch.v)), false, (o, r) -> {})));
    assertEquals(DEADLOCK + "goroutine 1 [select (no cases)]:\n", deadlockOf(Script::forever));
    assertEquals(DEADLOCK + "goroutine 1 [semacquire]:\n", deadlockOf(m -> m.makeWg(wg).add(wg, 1).await(wg)));
    assertEquals(DEADLOCK + "goroutine 1 [semacquire]:\n", deadlockOf(m -> m.makeMutex(mu).lock(mu).lock(mu)));
  }

  @Test
  void R11_3_reportListsEveryUserGoroutine_mainFirst_systemHidden() {
    Ref<Channel> ch = new Ref<>("ch");
    Run r = Run.of(Run.withFmt(1), Script.main().make(ch, 0)
        .go(() -> Script.fn("f").forever()).go(() -> Script.fn("g").recv(ch)).send(ch, 1).send(ch, 2));
    assertEquals(DEADLOCK + "goroutine 1 [chan send]:\n\ngoroutine 6 [select (no cases)]:\n", r.rt.stderr());
    assertEquals(List.of(1, 6), r.all(Event.Deadlocked.class).get(0).waiting());
  }

  @Test
  void R11_3_dumpFollowsAllgsSlots_recycledSlotComesBeforeNewerSlots() {
    Ref<Channel> ch = new Ref<>("ch");
    Run r = Run.of(Run.plain(1), Script.main().make(ch, 0)
        .go(() -> Script.fn("quick")).go(() -> Script.fn("late").recv(ch)).gosched()
        .go(() -> Script.fn("later").recv(ch)).gosched().recv(ch));
    // goroutine 7 reuses the slot of dead goroutine 5, which comes before goroutine 6's slot.
    assertEquals(DEADLOCK + "goroutine 1 [chan receive]:\n\ngoroutine 7 [chan receive]:\n\n"
        + "goroutine 6 [chan receive]:\n", r.rt.stderr());
  }

  @Test
  void R11_2_mainGoexitAlone_noGoroutinesDeadlock() {
    Run r = Run.of(Run.plain(1), Script.main().goexit());
    assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", r.rt.stderr());
    assertEquals(2, r.rt.exitCode());
  }

  @Test
  void R11_5_pendingTimerPostponesReport_untilSleeperDone() {
    Ref<Channel> ch = new Ref<>("ch");
    Run r = Run.of(Run.plain(1), Script.main().make(ch, 0)
        .go(() -> Script.fn("sleeper").sleep(300 * MS).print("sleeper done after 300ms\n")).recv(ch));
    assertEquals("sleeper done after 300ms\n", r.stdout());
    Event.Deadlocked d = r.all(Event.Deadlocked.class).get(0);
    assertTrue(d.time() >= 300 * MS);
    assertEquals(DEADLOCK + "goroutine 1 [chan receive]:\n", r.rt.stderr());
  }

  @Test
  void R11_1_netpollBlockedMachine_isNotIdle() {
    Ref<Channel> ch = new Ref<>("ch");
    Run r = Run.of(Run.plain(1), Script.main().make(ch, 0)
        .go(() -> Script.fn("sleeper").sleep(50 * MS)).recv(ch));
    assertTrue(r.all(Event.MachineNetpollBlocked.class).size() >= 1);
    assertEquals(1, r.all(Event.Deadlocked.class).size());
  }

  @Test
  void R12_1_mainReturning_endsEverything_goroutinesNeverRun() {
    Script main = Script.main();
    for (int i = 0; i < 3; i++) {
      String s = "goroutine " + i + "\n";
      main.go(() -> Script.fn("f").print(s));
    }
    Run r = Run.of(Run.plain(1), main.print("main returns\n"));
    assertEquals("main returns\n", r.stdout());
    assertEquals(Event.EndReason.MAIN_RETURNED, r.rt.endReason());
    assertEquals(0, r.rt.exitCode());
    assertEquals("", r.rt.stderr());
  }

  @Test
  void R12_3_panicInGoroutine_killsProcess_exit2() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Run r = Run.of(Run.withFmt(1), Script.main().makeWg(wg).add(wg, 1)
        .go(() -> Script.fn("f").panic("boom")).await(wg).print("unreachable"));
    assertEquals("panic: boom\n\ngoroutine 6 [running]:\n", r.rt.stderr());
    assertEquals(Event.EndReason.PANIC, r.rt.endReason());
    assertEquals(1, r.all(Event.Panicked.class).size());
  }

  @Test
  void R12_stop_endsRunWithReasonAndNote() {
    GoRuntime rt = new GoRuntime(Run.plain(1), new SeededChooser(1), e -> {});
    rt.start(Script.main().go(() -> Script.fn("spin").loop(1, i -> {})).forever());
    rt.advance();
    rt.stop(Event.EndReason.STEP_LIMIT, "step limit reached");
    assertTrue(rt.ended());
    assertEquals(Event.EndReason.STEP_LIMIT, rt.endReason());
    assertEquals("step limit reached", rt.stderr());
    assertEquals(false, rt.advance());
  }

  @Test
  void R12_goroutineLimit_endsRun() {
    Script main = Script.main();
    for (int i = 0; i < 10; i++) {
      main.go(() -> Script.fn("f").forever());
    }
    Run r = Run.of(Run.plain(1).withMaxGoroutines(5), main);
    assertEquals(Event.EndReason.GOROUTINE_LIMIT, r.rt.endReason());
  }

  private static List<Integer> userIds(Run r) {
    return r.all(Event.GoroutineCreated.class).stream().filter(c -> !c.system() && c.g() != 1)
        .map(Event.GoroutineCreated::g).toList();
  }

  @Test
  void R13_2_firstUserGoroutine_is5WithoutFmt_6WithFmt_noGaps() {
    Script a = Script.main();
    Script b = Script.main();
    for (int i = 0; i < 14; i++) {
      a.go(() -> Script.fn("f"));
      b.go(() -> Script.fn("f"));
    }
    assertEquals(5, userIds(Run.of(Run.plain(1), a)).get(0));
    List<Integer> ids = userIds(Run.of(Run.withFmt(1), b));
    assertEquals(6, ids.get(0));
    assertEquals(19, ids.get(13));
  }

  @Test
  void R13_4_severalPs_childCreatedOnAnotherP_takesANewBatchOf16() {
    Script main = Script.main()
        .go(() -> Script.fn("A").go(() -> Script.fn("child")).work(MS))
        .work(MS).work(MS);
    Run r = Run.of(Run.plain(2), main);
    Event.GoroutineCreated child = r.all(Event.GoroutineCreated.class).stream()
        .filter(c -> c.function().equals("main.child")).findFirst().orElseThrow();
    assertEquals(1, child.p());
    assertEquals(17, child.g());
  }
}
