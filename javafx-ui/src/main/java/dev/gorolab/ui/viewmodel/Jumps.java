package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.sim.trace.Trace;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Where the next or previous step of a kind is: a goroutine blocking, one waking, a steal, a
 * preemption, a run-queue overflow, a syscall hand-off, the end in a deadlock or panic, or the next
 * step at which something on screen moves. Pure: reads a trace and answers a step index.
 */
public final class Jumps {
  private Jumps() {}

  /** What a jump looks for; {@code key} is the letter that jumps forward (Shift+letter: back). */
  public enum Kind {
    /** A goroutine parks (R6.1). */
    BLOCK("B", Event.GoroutineBlocked.class),
    /** A goroutine becomes runnable again (R6.2, R9.3). */
    WAKE("W", Event.GoroutineReadied.class, Event.TimerFired.class),
    /** A P steals from another (R3.5). */
    STEAL("S", Event.Stolen.class),
    /** sysmon preempts a goroutine after its time slice (R4.1). */
    PREEMPT("P", Event.GoroutinePreempted.class),
    /** A full local run queue moves half of itself to the global queue (R2.3). */
    OVERFLOW("O", Event.LocalQueueOverflow.class),
    /** sysmon takes a P from an M blocked in a syscall (R10.2). */
    HANDOFF("H", Event.SyscallHandoff.class),
    /** The program dies: a deadlock or an unrecovered panic (R11, R12.3). */
    END("E", Event.Deadlocked.class, Event.Panicked.class),
    /** The next step at which the runtime view changes. */
    VISIBLE("N");

    public final String key;
    private final List<Class<? extends Event>> types;

    @SafeVarargs
    Kind(String key, Class<? extends Event>... types) {
      this.key = key;
      this.types = List.of(types);
    }

    /** The message key of its menu entry; {@code back} for the previous one. */
    public String messageKey(boolean back) {
      return "jump." + name().toLowerCase(java.util.Locale.ROOT) + (back ? ".back" : "");
    }
  }

  /** Steps a "next visible change" looks at before it gives up: a bound, not a search of millions. */
  public static final int VISIBLE_SEARCH_MAX = 5_000;

  /**
   * The first step after {@code from} (or the last before it, {@code back}) whose event is of
   * {@code kind}; -2 when there is none. {@code from} is -1 before the first step.
   */
  public static int find(Trace t, int from, Kind kind, boolean back) {
    int best = -2;
    for (Class<? extends Event> type : kind.types) {
      List<Integer> at = t.stepsOf(type);
      int i = back ? lastBelow(at, from) : firstAbove(at, from);
      if (i >= 0 && (best == -2 || (back ? i > best : i < best))) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The first step after {@code from} (or before it, {@code back}) at which the runtime view shows
   * something else than at {@code from}: a token moved, a card or a value changed. {@code sceneAt}
   * gives what the runtime view draws at a step (-1: before the first), comparable with equals.
   * -2 when nothing moves any more within {@link #VISIBLE_SEARCH_MAX} steps.
   */
  public static int findVisible(int from, int stepCount, boolean back, IntFunction<?> sceneAt) {
    Object here = sceneAt.apply(from);
    for (int n = 1; n <= VISIBLE_SEARCH_MAX; n++) {
      int i = back ? from - n : from + n;
      if (i < -1 || i >= stepCount) {
        return -2;
      }
      if (!Objects.equals(sceneAt.apply(i), here)) {
        // Going back, the change is seen by arriving at i from i-1: show the first step of that picture.
        if (back) {
          Object there = sceneAt.apply(i);
          while (i > -1 && Objects.equals(sceneAt.apply(i - 1), there)) {
            i--;
          }
        }
        return i;
      }
    }
    return -2;
  }

  private static int firstAbove(List<Integer> sorted, int from) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sorted.size() ? sorted.get(lo) : -1;
  }

  private static int lastBelow(List<Integer> sorted, int from) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 ? sorted.get(lo - 1) : -1;
  }
}
