package dev.gorolab.test.ui;

import dev.gorolab.model.Event;
import dev.gorolab.model.Event.EndReason;
import dev.gorolab.model.Event.Place;
import dev.gorolab.model.Event.SendMode;
import dev.gorolab.model.Event.Source;
import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.MStatus;
import dev.gorolab.model.RuntimeSnapshot.Waiter;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.test.ui.ScriptedTrace.Builder;
import java.util.List;

/** Hand-written runs used as test data until tests can record real ones; never used by the app. */
final class TestTraces {
  static final long SECOND = 1_000_000_000L;
  static final String MAKE = "make a cake and sending... alishi-cake-1\n";
  static final String PACK = "packing received cake alishi-cake-1\n";
  static final String DEADLOCK =
      "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\t/tmp/buffered.go:10 +0x65\nexit status 2\n";

  private TestTraces() {}

  /** The seed's cake maker and packer under GOMAXPROCS=1: G6 and G7 take turns on P0. */
  static ScriptedTrace cakeOneP() {
    Builder b = ScriptedTrace.builder(1, 1);
    b.chan(0, "cs", 0);
    b.emit(new Event.ChannelMade(0, 0, "cs", "string", 0, 1), "G1 main makes channel cs.", "G1 main 创建通道 cs。");
    b.go(6, "main.makeCakeAndSend", 21);
    b.p(0).runnext = 6;
    b.g(1).line = 12;
    b.emit(new Event.GoroutineCreated(0, 6, "main.makeCakeAndSend", 1, 0, 11, -1, false), "G1 main starts G6 makeCakeAndSend; it goes into P0's runnext.", "G1 main 启动 G6 makeCakeAndSend，放入 P0 的 runnext。");
    b.go(7, "main.receiveCakeAndPack", 28);
    b.p(0).runnext = 7;
    b.p(0).local.add(6);
    b.g(1).line = 13;
    b.emit(new Event.GoroutineCreated(0, 7, "main.receiveCakeAndPack", 1, 0, 12, 6, false), "G1 main starts G7 receiveCakeAndPack into runnext; G6 moves to the local run queue.", "G1 main 启动 G7 进入 runnext；G6 移到本地运行队列。");
    b.p(0).running = -1;
    b.g(1).status = GStatus.WAITING;
    b.g(1).waitReason = "sleep";
    b.g(1).wakeAt = SECOND;
    b.emit(new Event.SleepStarted(0, 1, 0, SECOND), "G1 main sleeps until 1s.", "G1 main 睡眠到 1s。");
    b.p(0).runnext = -1;
    b.p(0).running = 7;
    b.g(7).status = GStatus.RUNNING;
    b.emit(new Event.GoroutineStarted(0, 7, 0, 0, Source.RUNNEXT, false, 1), "P0 runs G7 from runnext.", "P0 从 runnext 运行 G7。");
    b.p(0).running = -1;
    b.g(7).status = GStatus.WAITING;
    b.g(7).waitReason = "chan receive";
    b.g(7).waitingOn = 0;
    b.g(7).waitingOnName = "cs";
    b.chans.get(0).recvq.add(new Waiter(7, "", false));
    b.emit(new Event.GoroutineBlocked(0, 7, 0, "chan receive", 0, "cs"), "G7 receives from cs, but nobody sends: it parks on cs's recvq.", "G7 从 cs 接收，但没有发送者：它停在 cs 的 recvq 上。");
    b.p(0).local.clear();
    b.p(0).running = 6;
    b.g(6).status = GStatus.RUNNING;
    b.emit(new Event.GoroutineStarted(0, 6, 0, 0, Source.LOCAL_QUEUE, true, 2), "P0 runs G6 from its local run queue.", "P0 从本地运行队列运行 G6。");
    b.print(MAKE);
    b.g(6).line = 24;
    b.emit(new Event.Output(0, 6, MAKE), "G6 prints a line.", "G6 打印一行。");
    b.chans.get(0).recvq.clear();
    b.emit(new Event.ValueSent(0, 6, 0, "alishi-cake-1", SendMode.TO_WAITING_RECEIVER, 7, -1), "G6 hands \"alishi-cake-1\" straight to the waiting G7.", "G6 把 \"alishi-cake-1\" 直接交给等待中的 G7。");
    b.g(7).status = GStatus.RUNNABLE;
    b.g(7).waitReason = "";
    b.g(7).waitingOn = -1;
    b.g(7).waitingOnName = "";
    b.p(0).runnext = 7;
    b.emit(new Event.GoroutineReadied(0, 7, 6, 0, Place.RUNNEXT, -1, "send"), "G7 is ready again and goes into P0's runnext.", "G7 重新就绪，进入 P0 的 runnext。");
    b.g(6).status = GStatus.DEAD;
    b.p(0).running = -1;
    b.emit(new Event.GoroutineExited(0, 6, 0), "G6 returns and is finished.", "G6 返回，已结束。");
    b.p(0).runnext = -1;
    b.p(0).running = 7;
    b.g(7).status = GStatus.RUNNING;
    b.g(7).line = 29;
    b.emit(new Event.GoroutineStarted(0, 7, 0, 0, Source.RUNNEXT, false, 3), "P0 runs G7 from runnext.", "P0 从 runnext 运行 G7。");
    b.print(PACK);
    b.emit(new Event.Output(0, 7, PACK), "G7 prints a line.", "G7 打印一行。");
    b.g(7).status = GStatus.DEAD;
    b.p(0).running = -1;
    b.emit(new Event.GoroutineExited(0, 7, 0), "G7 returns and is finished.", "G7 返回，已结束。");
    b.machine(0, MStatus.IDLE, -1, -1);
    b.p(0).m = -1;
    b.emit(new Event.ProcessorIdle(0, 0, 0), "P0 finds no work and goes idle.", "P0 找不到工作，变为空闲。");
    b.time = SECOND;
    b.emit(new Event.TimerFired(SECOND, 1, 0, SECOND), "G1's timer fires at 1s.", "G1 的定时器在 1s 触发。");
    b.g(1).status = GStatus.RUNNABLE;
    b.g(1).waitReason = "";
    b.g(1).wakeAt = -1;
    b.p(0).runnext = 1;
    b.p(0).m = 0;
    b.machine(0, MStatus.RUNNING, 0, -1);
    b.emit(new Event.GoroutineReadied(SECOND, 1, -1, 0, Place.RUNNEXT, -1, "timer"), "G1 main wakes up into runnext.", "G1 main 醒来，进入 runnext。");
    b.p(0).runnext = -1;
    b.p(0).running = 1;
    b.g(1).status = GStatus.RUNNING;
    b.g(1).line = 15;
    b.machine(0, MStatus.RUNNING, 0, 1);
    b.emit(new Event.GoroutineStarted(SECOND, 1, 0, 0, Source.RUNNEXT, true, 4), "P0 runs G1 main.", "P0 运行 G1 main。");
    b.emit(new Event.ProgramEnded(SECOND, 0, EndReason.MAIN_RETURNED), "main returns: the program exits with status 0.", "main 返回：程序以状态 0 退出。");
    return b.build(new RunOutcome(0, EndReason.MAIN_RETURNED, MAKE + PACK, "", SECOND));
  }

  /** The same program under GOMAXPROCS=2: a spinning M1 takes P1 and steals G6 from P0's runnext. */
  static ScriptedTrace cakeTwoPs(long seed) {
    Builder b = ScriptedTrace.builder(2, seed);
    b.chan(0, "cs", 0);
    b.emit(new Event.ChannelMade(0, 0, "cs", "string", 0, 1), "G1 main makes channel cs.", "G1 main 创建通道 cs。");
    b.go(6, "main.makeCakeAndSend", 21);
    b.p(0).runnext = 6;
    b.emit(new Event.GoroutineCreated(0, 6, "main.makeCakeAndSend", 1, 0, 11, -1, false), "G1 main starts G6 into P0's runnext.", "G1 main 启动 G6，放入 P0 的 runnext。");
    b.machine(1, MStatus.SPINNING, 1, -1);
    b.p(1).m = 1;
    b.emit(new Event.MachineStarted(0, 1, 1, true, true), "M1 starts spinning on P1 to look for work.", "M1 在 P1 上开始自旋寻找工作。");
    b.p(0).runnext = -1;
    b.p(1).local.add(6);
    b.emit(new Event.Stolen(0, 1, 0, List.of(6), true, 1), "P1 steals G6 from P0's runnext.", "P1 从 P0 的 runnext 窃取 G6。");
    b.p(1).local.clear();
    b.p(1).running = 6;
    b.g(6).status = GStatus.RUNNING;
    b.machine(1, MStatus.RUNNING, 1, 6);
    b.emit(new Event.GoroutineStarted(0, 6, 1, 1, Source.STOLEN, true, 1), "P1 runs the stolen G6.", "P1 运行窃取来的 G6。");
    b.print(MAKE);
    b.emit(new Event.Output(0, 6, MAKE), "G6 prints a line.", "G6 打印一行。");
    b.p(1).running = -1;
    b.g(6).status = GStatus.WAITING;
    b.g(6).waitReason = "chan send";
    b.g(6).waitingOn = 0;
    b.g(6).waitingOnName = "cs";
    b.chans.get(0).sendq.add(new Waiter(6, "\"alishi-cake-1\"", false));
    b.emit(new Event.GoroutineBlocked(0, 6, 1, "chan send", 0, "cs"), "G6 sends on cs, but nobody receives: it parks on cs's sendq holding \"alishi-cake-1\".", "G6 向 cs 发送，但没有接收者：它带着 \"alishi-cake-1\" 停在 cs 的 sendq 上。");
    b.emit(new Event.ProgramEnded(0, 0, EndReason.MAIN_RETURNED), "The scripted run stops here.", "脚本化的运行到此结束。");
    return b.build(new RunOutcome(0, EndReason.MAIN_RETURNED, MAKE, "", 0));
  }

  /** main fills a buffered channel of 3, sends a fourth value and deadlocks. */
  static ScriptedTrace bufferedDeadlock() {
    Builder b = ScriptedTrace.builder(1, 1);
    var ch = b.chan(0, "ch", 3);
    b.emit(new Event.ChannelMade(0, 0, "ch", "string", 3, 1), "G1 main makes ch with room for 3.", "G1 main 创建容量为 3 的 ch。");
    String[] values = {"\"a\"", "\"b\"", "\"c\""};
    for (int i = 0; i < 3; i++) {
      ch.buffer.add(values[i]);
      b.emit(new Event.ValueSent(0, 1, 0, values[i], SendMode.INTO_BUFFER, -1, i), "G1 main puts " + values[i] + " into slot " + i + ".", "G1 main 把 " + values[i] + " 放入槽 " + i + "。");
    }
    b.p(0).running = -1;
    b.g(1).status = GStatus.WAITING;
    b.g(1).waitReason = "chan send";
    b.g(1).waitingOn = 0;
    b.g(1).waitingOnName = "ch";
    ch.sendq.add(new Waiter(1, "\"d\"", false));
    b.emit(new Event.GoroutineBlocked(0, 1, 0, "chan send", 0, "ch"), "The buffer is full: G1 main parks on ch's sendq holding \"d\".", "缓冲区已满：G1 main 带着 \"d\" 停在 ch 的 sendq 上。");
    b.emit(new Event.Deadlocked(0, DEADLOCK, List.of(1)), "Every goroutine is blocked: Go reports a deadlock.", "所有协程都阻塞了：Go 报告死锁。");
    b.emit(new Event.ProgramEnded(0, 2, EndReason.DEADLOCK), "The program exits with status 2.", "程序以状态 2 退出。");
    return b.build(new RunOutcome(2, EndReason.DEADLOCK, "", DEADLOCK, 0));
  }

  /** main starts four goroutines: G9 in runnext, G6 G7 G8 in P0's local queue, in that order. */
  static ScriptedTrace spawnFour() {
    Builder b = ScriptedTrace.builder(1, 1);
    for (int g = 6; g <= 9; g++) {
      b.go(g, "main.worker", 20);
      if (b.p(0).runnext >= 0) {
        b.p(0).local.add(b.p(0).runnext);
      }
      int displaced = b.p(0).runnext;
      b.p(0).runnext = g;
      b.emit(new Event.GoroutineCreated(0, g, "main.worker", 1, 0, 11, displaced, false), "G1 main starts G" + g + ".", "G1 main 启动 G" + g + "。");
    }
    b.emit(new Event.ProgramEnded(0, 0, EndReason.MAIN_RETURNED), "The scripted run stops here.", "脚本化的运行到此结束。");
    return b.build(new RunOutcome(0, EndReason.MAIN_RETURNED, "", "", 0));
  }
}
