package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.sim.trace.Trace;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Trace#stepsOf}, read once per trace and kind: it scans the whole run, and the runtime view
 * asks for a few kinds at every step (SyncExtras), which on a 10M-event run cost a scan of 10M
 * events per frame while the slider was dragged. Safe from any thread.
 */
final class TraceSteps {
  private static final Map<Trace, Map<Class<?>, List<Integer>>> MEMO = new WeakHashMap<>();

  private TraceSteps() {}

  /** The steps of {@code t} whose event is of {@code type}, ascending (unmodifiable). */
  static List<Integer> of(Trace t, Class<? extends Event> type) {
    Map<Class<?>, List<Integer>> byType;
    synchronized (MEMO) {
      byType = MEMO.computeIfAbsent(t, k -> new ConcurrentHashMap<>());
    }
    return byType.computeIfAbsent(type, k -> t.stepsOf(type));
  }

  /** Reads the kinds every step asks for (SyncExtras) and the load asks for, off the FX thread. */
  static void prepare(Trace t) {
    for (Class<? extends Event> type : List.of(Event.RWMutexChanged.class, Event.CondNotified.class, Event.Deadlocked.class,
        Event.Panicked.class)) {
      of(t, type);
    }
  }
}
