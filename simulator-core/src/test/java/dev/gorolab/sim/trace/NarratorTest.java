package dev.gorolab.sim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gorolab.model.Event;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NarratorTest {

  private static Narrator narratorKnowingCake() {
    Narrator n = new Narrator();
    n.learn(new Event.GoroutineCreated(0, 6, "main.makeCakeAndSend", 1, 0, 10, 5, false));
    n.learn(new Event.GoroutineCreated(0, 7, "main.receiveCakeAndPack", 1, 0, 11, 6, false));
    n.learn(new Event.ChannelMade(0, 0, "cs", "string", 0, 1));
    return n;
  }

  @Test
  void directHandoff_namesBothGoroutinesTheValueAndTheRule() {
    Event sent =
        new Event.ValueSent(5, 6, 0, "alishi-cake-1", Event.SendMode.TO_WAITING_RECEIVER, 7, -1);
    assertEquals(
        "G6 makeCakeAndSend hands \"alishi-cake-1\" straight to G7 receiveCakeAndPack, which was"
            + " waiting on cs; the buffer is bypassed (R7.2).",
        narratorKnowingCake().explain(sent, Locale.ENGLISH));
    assertEquals(
        "G6 makeCakeAndSend 把 \"alishi-cake-1\" 直接交给在 cs 上等待的 G7 receiveCakeAndPack，不经过缓冲区（R7.2）。",
        narratorKnowingCake().explain(sent, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void readyIntoRunnext_withDisplacedGoroutine_mentionsTheLocalQueueTail() {
    Event readied =
        new Event.GoroutineReadied(9, 7, 6, 0, Event.Place.RUNNEXT, 1, "chan receive");
    assertEquals(
        "G6 makeCakeAndSend wakes G7 receiveCakeAndPack: G7 receiveCakeAndPack goes into P0's runnext,"
            + " pushing G1 main to the local run queue tail; G6 makeCakeAndSend keeps running (R6.2, R6.3).",
        narratorKnowingCake().explain(readied, Locale.ENGLISH));
  }

  @Test
  void numbers_areNotGroupedByLocale() {
    Event overflow = new Event.LocalQueueOverflow(0, 0, List.of(1, 2, 3));
    assertEquals(
        "P0's local run queue is full (256 slots): the oldest 128 plus the new one, 3 goroutines,"
            + " move to the global run queue (R2.3).",
        new Narrator().explain(overflow, Locale.ENGLISH));
    Event created = new Event.GoroutineCreated(0, 12345, "main.worker", 1, 0, 3, -1, false);
    Narrator n = new Narrator();
    n.learn(created);
    assertEquals(
        "G1 main runs go: new goroutine G12345 worker goes into P0's runnext (R2.2).",
        n.explain(created, Locale.ENGLISH));
  }

  @Test
  void mainGoroutine_isCreatedByTheRuntime_notByAGoroutine() {
    Event created = new Event.GoroutineCreated(0, 1, "main.main", -1, 0, 3, -1, false);
    Narrator n = new Narrator();
    n.learn(created);
    assertEquals(
        "The program starts: the runtime creates the main goroutine G1 main and puts it into P0's runnext (R2.2).",
        n.explain(created, Locale.ENGLISH));
    assertEquals("程序开始：运行时创建主协程 G1 main，放入 P0 的 runnext（R2.2）。",
        n.explain(created, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void everyEventKind_hasASentenceInBothLanguages() {
    List<Event> samples =
        List.of(
            new Event.GoroutineStarted(0, 1, 0, 0, Event.Source.LOCAL_QUEUE, true, 1),
            new Event.GoroutineBlocked(0, 1, 0, "chan send", 0, "cs"),
            new Event.GoroutineYielded(0, 1, 0),
            new Event.GoroutinePreempted(0, 1, 0, 10_000_000),
            new Event.SyscallHandoff(0, 0, 0, 1),
            new Event.SyscallExited(0, 1, 0, -1, Event.SyscallExit.GLOBAL_QUEUE),
            new Event.ValueReceived(0, 1, 0, 0L, false, Event.RecvMode.CLOSED, -1, -1),
            new Event.SelectPolled(0, 1, List.of(1, 0), 0, false),
            new Event.WaitGroupAdded(0, 1, "wg", -1, 0, List.of(2, 3)),
            new Event.MutexUnlocked(0, 1, "mu", 2, true),
            new Event.ProgramEnded(0, 0, Event.EndReason.MAIN_RETURNED));
    for (Event e : samples) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        String text = new Narrator().explain(e, locale);
        assertFalse(text.isBlank(), e + " in " + locale);
        assertFalse(text.contains("{"), "unfilled placeholder in " + text);
      }
    }
  }

  @Test
  void label_dropsThePackageButKeepsClosureNames() {
    assertEquals("G6 makeCakeAndSend", Narrator.label(6, "main.makeCakeAndSend"));
    assertEquals("G7 main.func1", Narrator.label(7, "main.main.func1"));
  }
}
