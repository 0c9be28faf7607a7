package dev.gorolab.sim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.model.Event;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
  void mutexSpinning_namesTheSpinTheMutexAndCanSpinsConditions_inBothLanguages() {
    Narrator n = narratorKnowingCake();
    Event spin = new Event.MutexSpinning(3, 6, "mu", 2);
    assertEquals("G6 makeCakeAndSend finds mu locked and spins (2 of 4) instead of parking: another P is running"
        + " and the run queue of G6 makeCakeAndSend's P is empty (R14.3, sync_runtime_canSpin).",
        n.explain(spin, Locale.ENGLISH));
    assertEquals("G6 makeCakeAndSend 发现 mu 已被锁住，于是自旋（第 2 次，最多 4 次）而不休眠：另一个 P 正在运行，"
        + "且 G6 makeCakeAndSend 所在 P 的运行队列为空（R14.3，sync_runtime_canSpin）。",
        n.explain(spin, Locale.SIMPLIFIED_CHINESE));
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

  /** Text the narration must never show: Java's record toString ({@code MachineNetpollBlocked[time=...]}). */
  static final Pattern RECORD_TEXT = Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*=");

  /**
   * Every kind of event the model can emit, with every enum value, both booleans, empty and full
   * lists and ids that are absent (-1, -2) or present, has a sentence in both languages: a new
   * event kind or mode without its text fails here before a class ever sees it.
   */
  @Test
  void everyEventKindAndMode_hasASentenceInBothLanguages() throws Exception {
    int checked = 0;
    for (Class<?> kind : Event.class.getPermittedSubclasses()) {
      RecordComponent[] parts = kind.getRecordComponents();
      Class<?>[] types = new Class<?>[parts.length];
      List<List<Object>> choices = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        choices.add(sampleValues(parts[i].getType()));
      }
      Constructor<?> make = kind.getDeclaredConstructor(types);
      for (List<Object> args : combinations(choices)) {
        Event e = (Event) make.newInstance(args.toArray());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
          String text = new Narrator().explain(e, locale);
          assertFalse(text.isBlank(), e + " in " + locale);
          assertFalse(text.contains("{") || text.contains("null"), "unfilled placeholder in " + text);
          assertFalse(RECORD_TEXT.matcher(text).find(), "record text instead of a sentence: " + text);
        }
        checked++;
      }
    }
    assertTrue(checked > Event.class.getPermittedSubclasses().length, "each kind tried in several forms");
  }

  private static List<Object> sampleValues(Class<?> type) {
    if (type == long.class) {
      return List.of(1_000_000L);
    }
    if (type == int.class) {
      return List.of(-2, -1, 0, 2);
    }
    if (type == boolean.class) {
      return List.of(false, true);
    }
    if (type == String.class) {
      return List.of("cs");
    }
    if (type == List.class) {
      return List.of(List.of(), List.of(2, 3));
    }
    if (type.isEnum()) {
      return List.of(type.getEnumConstants());
    }
    return List.of("v");
  }

  private static List<List<Object>> combinations(List<List<Object>> choices) {
    List<List<Object>> out = new ArrayList<>();
    out.add(List.of());
    for (List<Object> options : choices) {
      List<List<Object>> next = new ArrayList<>();
      for (List<Object> prefix : out) {
        for (Object o : options) {
          List<Object> longer = new ArrayList<>(prefix);
          longer.add(o);
          next.add(longer);
        }
      }
      out = next;
    }
    return out;
  }

  @Test
  void batchOfOne_saysItRunsIt_insteadOfAppendingADash() {
    Event batch = new Event.GlobalQueueBatch(0, 0, 1, List.of());
    assertEquals("P0 takes one goroutine from the global run queue and runs it (R3.2).",
        new Narrator().explain(batch, Locale.ENGLISH));
  }

  @Test
  void netpoll_namesTheMachineAndTheTimerItWaitsFor() {
    Event netpoll = new Event.MachineNetpollBlocked(4910, 0, 1_999_004_910L);
    assertEquals("M0 finds no work and blocks in netpoll until 1.99900491s, when the earliest timer is due (R3.6).",
        new Narrator().explain(netpoll, Locale.ENGLISH));
    assertEquals("M0 找不到工作，阻塞在 netpoll 中直到 1.99900491s，也就是最早的定时器到期之时（R3.6）。",
        new Narrator().explain(netpoll, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void label_dropsThePackageButKeepsClosureNames() {
    assertEquals("G6 makeCakeAndSend", Narrator.label(6, "main.makeCakeAndSend"));
    assertEquals("G7 main.func1", Narrator.label(7, "main.main.func1"));
  }
}
