package dev.gorolab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Script.Ref;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R6 (park/ready), R7 (channels) and R8 (select). */
class ChannelRulesTest {

  private static Script printRecv(Ref<Channel> ch, String label) {
    return Script.fn(label).recv(ch, (o, r) -> o.print(label + "=" + r.value() + " "));
  }

  @Test
  void R6_2_ready_putsWokenIntoWakersRunnext_andWakerKeepsRunning() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0)
        .go(() -> Script.fn("r").recv(ch, (o, r) -> o.print("got ")))
        .gosched()
        .send(ch, 1)
        .print("main-after-send ")
        .gosched();
    Run r = Run.of(Run.plain(1), main);
    assertEquals("main-after-send got ", r.stdout());
    Event.GoroutineReadied readied = r.all(Event.GoroutineReadied.class).get(0);
    assertEquals(Event.Place.RUNNEXT, readied.place());
    assertEquals(1, readied.waker());
  }

  @Test
  void R6_3_closeWakesReceivers_R1_R4_R3_R2() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().make(ch, 0).makeWg(wg).add(wg, 4);
    for (int i = 1; i <= 4; i++) {
      String n = "R" + i + " ";
      main.go(() -> Script.fn("recv").recv(ch).print(n).done(wg)).gosched();
    }
    main.close(ch).await(wg);
    Run r = Run.of(Run.plain(1), main);
    assertEquals("R1 R4 R3 R2 ", r.stdout());
    Event.ChannelClosed closed = r.all(Event.ChannelClosed.class).get(0);
    assertEquals(List.of(8, 7, 6, 5), closed.wokenReceivers());
  }

  @Test
  void R6_3_unbufferedReceivers_valuesFifo_runOrderLastWokenFirst() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().make(ch, 0).makeWg(wg).add(wg, 3);
    for (int i = 1; i <= 3; i++) {
      String n = "recv" + i;
      main.go(() -> printRecv(ch, n).done(wg)).gosched();
    }
    main.send(ch, 10).send(ch, 20).send(ch, 30).await(wg);
    assertEquals("recv3=30 recv1=10 recv2=20 ", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R6_3_readiedReceiverReadiesMain_aheadOfXandY_whichNeverRun() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<Channel> done = new Ref<>("done");
    Script main = Script.main().make(ch, 0).make(done, 0)
        .go(() -> Script.fn("receiver").recv(ch, (o, r) -> o.print("receiver got " + r.value() + "\n"))
            .send(done, true))
        .gosched()
        .go(() -> Script.fn("X").print("X\n"))
        .go(() -> Script.fn("Y").print("Y\n"))
        .send(ch, 1)
        .print("main after send\n")
        .recv(done)
        .print("main exits; X and Y never ran\n");
    assertEquals("main after send\nreceiver got 1\nmain exits; X and Y never ran\n",
        Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R7_2_sendToWaitingReceiver_bypassesBuffer() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 3)
        .go(() -> Script.fn("r").recv(ch))
        .gosched()
        .send(ch, 7)
        .gosched();
    Run r = Run.of(Run.plain(1), main);
    Event.ValueSent sent = r.all(Event.ValueSent.class).get(0);
    assertEquals(Event.SendMode.TO_WAITING_RECEIVER, sent.mode());
    assertEquals(-1, sent.slot());
  }

  @Test
  void R7_3_fullBufferReceive_rotatesSender_lenAlready2() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().make(ch, 2).makeWg(wg).add(wg, 1)
        .send(ch, 1).send(ch, 2)
        .go(() -> Script.fn("sender").send(ch, 3).done(wg))
        .gosched()
        .recv(ch, (o, r) -> o.print(r.value() + " len=" + o.len(ch.v) + " "))
        .recv(ch, (o, r) -> o.print(r.value() + " "))
        .recv(ch, (o, r) -> o.print(r.value() + " "))
        .await(wg);
    Run r = Run.of(Run.plain(1), main);
    assertEquals("1 len=2 2 3 ", r.stdout());
    assertEquals(Event.RecvMode.FROM_BUFFER_ROTATING_SENDER, r.all(Event.ValueReceived.class).get(0).mode());
  }

  @Test
  void R7_3_closedBufferedChannel_drainsThenZeroFalse() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().makeStrings(ch, 1).send(ch, "x").close(ch)
        .recv(ch, (o, r) -> o.print(GoRuntime.render(r.value()) + " " + r.ok() + "\n"))
        .recv(ch, (o, r) -> o.print(GoRuntime.render(r.value()) + " " + r.ok() + "\n"));
    assertEquals("\"x\" true\n\"\" false\n", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R7_5_receiverWokenByClose_getsZeroFalse() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().make(ch, 0).makeWg(wg).add(wg, 1)
        .go(() -> Script.fn("r").recv(ch, (o, r) -> o.print(r.value() + " " + r.ok())).done(wg))
        .gosched().close(ch).await(wg);
    assertEquals("0 false", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R7_5_senderWokenByClose_panics() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0)
        .go(() -> Script.fn("s").send(ch, 1).print("unreachable"))
        .gosched().close(ch).gosched().print("main not reached");
    Run r = Run.of(Run.withFmt(1), main);
    assertEquals("", r.stdout());
    assertEquals(2, r.rt.exitCode());
    assertEquals("panic: send on closed channel\n\ngoroutine 6 [running]:\n", r.rt.stderr());
  }

  @Test
  void R7_5_closeNilAndClosedChannel_panic() {
    Run nil = Run.of(Run.plain(1), Script.main().close(null));
    assertEquals("panic: close of nil channel\n\ngoroutine 1 [running]:\n", nil.rt.stderr());
    Ref<Channel> ch = new Ref<>("ch");
    Run twice = Run.of(Run.plain(1), Script.main().make(ch, 0).close(ch).close(ch));
    assertEquals("panic: close of closed channel\n\ngoroutine 1 [running]:\n", twice.rt.stderr());
    assertEquals(Event.EndReason.PANIC, twice.rt.endReason());
  }

  @Test
  void R7_5_closeOfClosedChannel_throwsToTheBody_whichMayRunDeferredCallsFirst() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0).close(ch).add((o, s) -> {
      try {
        o.close(ch.v);
      } catch (GoRuntimePanic p) {
        o.print("deferred sees: " + p.getMessage() + "\n"); // the program is not over yet
        o.panic(p.getMessage());
      }
      return 1;
    });
    Run r = Run.of(Run.plain(1), main);
    assertEquals("deferred sees: close of closed channel\n", r.stdout());
    assertEquals("panic: close of closed channel\n\ngoroutine 1 [running]:\n", r.rt.stderr());
  }

  @Test
  void R7_2_sendOnClosedChannel_panics() {
    Ref<Channel> ch = new Ref<>("ch");
    Run r = Run.of(Run.plain(1), Script.main().make(ch, 1).close(ch).send(ch, 1));
    assertEquals("panic: send on closed channel\n\ngoroutine 1 [running]:\n", r.rt.stderr());
  }

  @Test
  void R7_6_lenAndCap_ofNilAndBuffered() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 3).send(ch, 1)
        .add((o, s) -> {
          o.print(o.len(ch.v) + " " + o.cap(ch.v) + " " + o.len(null) + " " + o.cap(null));
          return Script.STEP;
        });
    assertEquals("1 3 0 0", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R7_1_waitQueuesAreFifo_sendersServedInArrivalOrder() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0);
    for (int i = 1; i <= 3; i++) {
      int v = i;
      main.go(() -> Script.fn("s").send(ch, v)).gosched();
    }
    main.recv(ch, (o, r) -> o.print(r.value() + ""))
        .recv(ch, (o, r) -> o.print(r.value() + ""))
        .recv(ch, (o, r) -> o.print(r.value() + ""));
    assertEquals("123", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R7_4_nonBlockingOps_failAtOnce() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0)
        .select(() -> List.of(SelectCase.send(ch.v, 1)), true, (o, r) -> o.print("send:" + r.chosen() + " "))
        .select(() -> List.of(SelectCase.receive(ch.v)), true, (o, r) -> o.print("recv:" + r.chosen() + " "))
        .select(() -> List.of(SelectCase.receive(null)), true, (o, r) -> o.print("nil:" + r.chosen()));
    assertEquals("send:-1 recv:-1 nil:-1", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R8_1_singleCaseSelect_blocksWithPlainWaitReason() {
    Ref<Channel> ch = new Ref<>("ch");
    Run r = Run.of(Run.plain(1),
        Script.main().make(ch, 0).select(() -> List.of(SelectCase.receive(ch.v)), false, (o, x) -> {}));
    assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n",
        r.rt.stderr());
  }

  @Test
  void R8_2_pollOrder_isSeededAndUniformEnough() {
    int[] counts = new int[3];
    for (long seed = 0; seed < 300; seed++) {
      Ref<Channel> a = new Ref<>("a");
      Ref<Channel> b = new Ref<>("b");
      Ref<Channel> c = new Ref<>("c");
      int[] chosen = new int[1];
      Script main = Script.main().make(a, 1).make(b, 1).make(c, 1).send(a, 1).send(b, 2).send(c, 3)
          .select(() -> List.of(SelectCase.receive(a.v), SelectCase.receive(b.v), SelectCase.receive(c.v)), false,
              (o, r) -> chosen[0] = r.chosen());
      Run.of(Run.plain(1).withSeed(seed), main);
      counts[chosen[0]]++;
    }
    for (int n : counts) {
      assertTrue(n > 70 && n < 130, java.util.Arrays.toString(counts));
    }
  }

  @Test
  void R8_3_closedCaseBeatsDefault() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<Channel> other = new Ref<>("other");
    Script main = Script.main().make(ch, 0).make(other, 0).close(ch)
        .select(() -> List.of(SelectCase.receive(other.v), SelectCase.receive(ch.v)), true,
            (o, r) -> o.print(r.chosen() + " " + r.ok()));
    assertEquals("1 false", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R8_4_nilCasesDropped_defaultTaken() {
    Ref<Channel> ch = new Ref<>("ch");
    Script main = Script.main().make(ch, 0)
        .select(() -> List.of(SelectCase.receive(null), SelectCase.send(ch.v, 1)), true,
            (o, r) -> o.print("chose " + r.chosen()));
    assertEquals("chose -1", Run.of(Run.plain(1), main).stdout());
  }

  @Test
  void R8_5_R8_6_parkedSelect_wokenByOneCase_otherSudogsRemoved() {
    Ref<Channel> a = new Ref<>("a");
    Ref<Channel> b = new Ref<>("b");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().make(a, 0).make(b, 0).makeWg(wg).add(wg, 1)
        .go(() -> Script.fn("sel")
            .select(() -> List.of(SelectCase.receive(a.v), SelectCase.receive(b.v)), false,
                (o, r) -> o.print("case " + r.chosen() + " got " + r.value()))
            .done(wg))
        .gosched()
        .send(b, 42)
        .await(wg);
    Run r = Run.of(Run.plain(1), main);
    assertEquals("case 1 got 42", r.stdout());
    RuntimeSnapshot s = r.rt.snapshot();
    assertTrue(s.channels().get(0).recvq().isEmpty());
  }

  @Test
  void R8_7_selectSendCaseWokenByClose_panics() {
    Ref<Channel> a = new Ref<>("a");
    Ref<Channel> b = new Ref<>("b");
    Script main = Script.main().make(a, 0).make(b, 0)
        .go(() -> Script.fn("sel").select(() -> List.of(SelectCase.send(a.v, 1), SelectCase.receive(b.v)), false,
            (o, r) -> o.print("unreachable")))
        .gosched().close(a).gosched();
    Run r = Run.of(Run.plain(1), main);
    assertEquals("panic: send on closed channel\n\ngoroutine 5 [running]:\n", r.rt.stderr());
  }
}
