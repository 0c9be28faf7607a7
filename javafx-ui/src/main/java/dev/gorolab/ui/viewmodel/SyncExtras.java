package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.Event;
import dev.gorolab.model.RuntimeSnapshot;
import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.model.Variable;
import dev.gorolab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot does not say about RWMutexes, Conds and Onces, read from the run up to a step:
 * an RWMutex's readers and writer (go1.19 sync/rwmutex.go, from its events), a Cond's waiters in
 * notify-list (ticket) order (runtime/sema.go notifyList), a Once's done flag (sync/once.go, from
 * the variable). Their waiting goroutines and inner Mutexes ({@code rw.w}, {@code once.m}) are in
 * the snapshot.
 */
public record SyncExtras(List<RwMutex> rwMutexes, List<Cond> conds, List<Once> onces) {
  public static final SyncExtras NONE = new SyncExtras(List.of(), List.of(), List.of());
  /** Events looked back over at most, so a step of a long run stays quick. */
  static final int LOOK_BACK_MAX = 5_000;

  /** An RWMutex: readers inside, and the writer that holds it or announced itself (-1: none). */
  public record RwMutex(String name, int readers, int writer) {}

  /** A Cond and its waiters, oldest ticket first. */
  public record Cond(String name, List<Integer> waiters) {}

  /** A Once and whether its function has run. */
  public record Once(String name, boolean done) {}

  /** The extras at step {@code i} (-1: before the first) of {@code t}, whose state there is {@code s}. */
  public static SyncExtras at(Trace t, int i, RuntimeSnapshot s, List<Variable> globals) {
    if (i < 0) {
      return NONE;
    }
    Map<String, RwMutex> rws = new LinkedHashMap<>();
    Map<String, Boolean> writerSettled = new LinkedHashMap<>();
    List<Integer> rwSteps = t.stepsOf(Event.RWMutexChanged.class);
    int seen = 0;
    for (int k = lastAtOrBefore(rwSteps, i); k >= 0 && seen < LOOK_BACK_MAX; k--, seen++) {
      Event.RWMutexChanged e = (Event.RWMutexChanged) t.event(rwSteps.get(k));
      RwMutex r = rws.get(e.name());
      if (r == null) {
        r = new RwMutex(e.name(), e.op() == Event.RWMutexOp.LOCK_WAITS_FOR_READERS ? e.readers() : e.readers(), -1);
        rws.put(e.name(), r);
      }
      if (!writerSettled.containsKey(e.name())) {
        switch (e.op()) {
          case UNLOCK -> writerSettled.put(e.name(), true);
          case LOCK, LOCK_WAITS_FOR_READERS -> {
            rws.put(e.name(), new RwMutex(r.name(), r.readers(), e.g()));
            writerSettled.put(e.name(), true);
          }
          default -> { }
        }
      }
    }
    // Declared but not yet used: a variable of the type, among the package's or a goroutine's.
    List<Variable> vars = new ArrayList<>(globals);
    for (GoroutineState g : s.goroutines()) {
      if (g.status() != GStatus.DEAD) {
        vars.addAll(g.locals());
      }
    }
    for (Variable v : vars) {
      if ("sync.RWMutex".equals(v.type())) {
        rws.putIfAbsent(v.name(), new RwMutex(v.name(), 0, -1));
      }
    }
    List<RwMutex> rwList = new ArrayList<>(rws.values());
    rwList.sort(java.util.Comparator.comparing(RwMutex::name));

    // Cond waiters: parked as sync.Cond.Wait on the Cond's name, in the order they parked.
    Map<String, List<Integer>> condWaiters = new LinkedHashMap<>();
    for (int step : t.stepsOf(Event.CondNotified.class)) {
      if (step > i) {
        break;
      }
      condWaiters.putIfAbsent(((Event.CondNotified) t.event(step)).name(), new ArrayList<>());
    }
    List<Integer> waiting = new ArrayList<>();
    for (GoroutineState g : s.goroutines()) {
      if (g.status() == GStatus.WAITING && "sync.Cond.Wait".equals(g.waitReason())) {
        condWaiters.putIfAbsent(g.waitingOnName(), new ArrayList<>());
        waiting.add(g.id());
      }
    }
    if (!waiting.isEmpty()) {
      List<Integer> blocked = t.stepsOf(Event.GoroutineBlocked.class);
      List<Integer> order = new ArrayList<>();
      for (int k = lastAtOrBefore(blocked, i); k >= 0 && order.size() < waiting.size() && i - blocked.get(k) < 10 * LOOK_BACK_MAX; k--) {
        Event.GoroutineBlocked b = (Event.GoroutineBlocked) t.event(blocked.get(k));
        if (waiting.contains(b.g()) && !order.contains(b.g())) {
          order.add(0, b.g());
        }
      }
      for (int g : waiting) {
        if (!order.contains(g)) {
          order.add(0, g);
        }
      }
      for (int g : order) {
        GoroutineState gs = s.goroutines().stream().filter(x -> x.id() == g).findFirst().orElseThrow();
        condWaiters.get(gs.waitingOnName()).add(g);
      }
    }
    List<Cond> conds = new ArrayList<>();
    condWaiters.forEach((name, ws) -> conds.add(new Cond(name, List.copyOf(ws))));

    List<Once> onces = new ArrayList<>();
    for (Variable v : vars) {
      if ("sync.Once".equals(v.type()) && onces.stream().noneMatch(o -> o.name().equals(v.name()))) {
        onces.add(new Once(v.name(), v.value().startsWith("{1")));
      }
    }
    return new SyncExtras(List.copyOf(rwList), List.copyOf(conds), List.copyOf(onces));
  }

  private static int lastAtOrBefore(List<Integer> sorted, int i) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) <= i) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
