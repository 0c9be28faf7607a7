package dev.gorolab.sim.lib.sync;

import dev.gorolab.model.Mutex;
import dev.gorolab.model.RWMutex;
import dev.gorolab.sim.lib.Caller;
import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.util.List;
import java.util.Map;

/**
 * Package {@code sync} beyond WaitGroup and Mutex (which the interpreter has long had): RWMutex
 * with go1.19's writer preference (sync/rwmutex.go on runtime semaphores), Cond on the runtime's
 * notify list (FIFO tickets; Wait parks as {@code sync.Cond.Wait}), and Once (a done flag and a
 * Mutex; its Do calls f, so the interpreter runs it), and Map. The runtime side is the model's Sema.
 */
public final class SyncPackage {
  private SyncPackage() {}

  private static final GoType.Func NONE = new GoType.Func(List.of(), List.of());

  /** The key the interpreter runs itself: Do calls a Go function. */
  public static final String ONCE_DO = "sync.Once.Do";

  public static void register(Packages.Registry r) {
    r.zero(Basic.RW_MUTEX, (c, a) -> c.ops().makeRWMutex(name(c, "rw")));
    r.zero(Basic.ONCE, (c, a) -> new OnceValue(c.ops().makeMutex(name(c, "once") + ".m")));
    r.blockingMethod(Basic.RW_MUTEX, "RLock", NONE, (c, a) -> c.ops().rlock(rw(a[0])));
    r.method(Basic.RW_MUTEX, "RUnlock", NONE, (c, a) -> {
      c.ops().runlock(rw(a[0]));
      return null;
    });
    r.blockingMethod(Basic.RW_MUTEX, "Lock", NONE, (c, a) -> c.ops().rwlock(rw(a[0])));
    r.blockingMethod(Basic.RW_MUTEX, "Unlock", NONE, (c, a) -> c.ops().rwunlock(rw(a[0])));

    GoType.Pointer mutex = new GoType.Pointer(Basic.MUTEX);
    r.member("NewCond", new GoType.Func(List.of(mutex), List.of(new GoType.Pointer(Basic.COND))),
        (c, a) -> new CondValue(c.ops().makeCond(name(c, "cond")), mutex(a[0])));
    r.blockingMethod(Basic.COND, "Wait", NONE, (c, a) -> {
      CondValue cv = cond(a[0]);
      return c.ops().condWait(cv.cond(), cv.l());
    });
    r.method(Basic.COND, "Signal", NONE, (c, a) -> {
      c.ops().condSignal(cond(a[0]).cond());
      return null;
    });
    r.method(Basic.COND, "Broadcast", NONE, (c, a) -> {
      c.ops().condBroadcast(cond(a[0]).cond());
      return null;
    });
    r.field(Basic.COND, "L", mutex, (c, a) -> cond(a[0]).l());
    r.method(Basic.ONCE, "Do", new GoType.Func(List.of(NONE), List.of()), (c, a) -> {
      throw new IllegalStateException("Once.Do is run by the interpreter (it calls f)");
    });
    registerMap(r);
  }

  /**
   * {@code sync.Map} (go1.19 sync/map.go): Load, Store, LoadOrStore, LoadAndDelete, Delete and
   * Range. Range calls f on the calling goroutine for each entry present when it starts, from an
   * entry the chooser draws (Range ranges over Go's read map: mapiterinit's random start), until
   * f returns false; an entry deleted before f reaches it is skipped.
   */
  private static void registerMap(Packages.Registry r) {
    GoType t = Basic.SYNC_MAP;
    GoType any = GoType.EMPTY_INTERFACE;
    r.zero(t, (c, a) -> new SyncMapValue());
    r.method(t, "Load", new GoType.Func(List.of(any), List.of(any, Basic.BOOL)), (c, a) -> {
      Map<Object, Object> m = map(a[0]);
      return new Object[] {m.get(a[1]), m.containsKey(a[1])};
    });
    r.method(t, "Store", new GoType.Func(List.of(any, any), List.of()), (c, a) -> {
      map(a[0]).put(a[1], a[2]);
      return null;
    });
    r.method(t, "LoadOrStore", new GoType.Func(List.of(any, any), List.of(any, Basic.BOOL)), (c, a) -> {
      Map<Object, Object> m = map(a[0]);
      if (m.containsKey(a[1])) {
        return new Object[] {m.get(a[1]), true};
      }
      m.put(a[1], a[2]);
      return new Object[] {a[2], false};
    });
    r.method(t, "LoadAndDelete", new GoType.Func(List.of(any), List.of(any, Basic.BOOL)), (c, a) -> {
      Map<Object, Object> m = map(a[0]);
      boolean loaded = m.containsKey(a[1]);
      return new Object[] {m.remove(a[1]), loaded};
    });
    r.method(t, "Delete", new GoType.Func(List.of(any), List.of()), (c, a) -> {
      map(a[0]).remove(a[1]);
      return null;
    });
    GoType.Func visit = new GoType.Func(List.of(any, any), List.of(Basic.BOOL));
    r.method(t, "Range", new GoType.Func(List.of(visit), List.of()), (c, a) -> {
      Map<Object, Object> m = map(a[0]);
      Object[] keys = m.keySet().toArray();
      int start = keys.length > 1 ? c.ops().mapIterationStart(keys.length) : 0;
      for (int i = 0; i < keys.length; i++) {
        Object k = keys[(start + i) % keys.length];
        if (!m.containsKey(k)) {
          continue;
        }
        if (!Boolean.TRUE.equals(c.call(a[1], k, m.get(k))[0])) {
          break;
        }
      }
      return null;
    });
  }

  private static Map<Object, Object> map(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return ((SyncMapValue) v).entries;
  }

  private static String name(Caller c, String otherwise) {
    return c.label() != null ? c.label() : otherwise;
  }

  private static RWMutex rw(Object v) {
    return (RWMutex) v;
  }

  private static Mutex mutex(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return (Mutex) v;
  }

  private static CondValue cond(Object v) {
    if (v == null) {
      throw new LibPanic("runtime error: invalid memory address or nil pointer dereference");
    }
    return (CondValue) v;
  }
}
