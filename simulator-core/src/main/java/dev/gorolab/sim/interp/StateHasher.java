package dev.gorolab.sim.interp;

import dev.gorolab.model.GoroutineBody;
import dev.gorolab.model.Mutex;
import dev.gorolab.model.WaitGroup;
import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoTime;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Hashes the interpreter's part of a run's state: package variables and every live goroutine's
 * frames (function, pc, variables, deferred calls). Captured variables are numbered in the order
 * first met, so two states that share their cells differently hash differently. A value of a
 * kind not listed makes the state unhashable: the explorer then prunes nothing rather than risk
 * merging two different states. Slices hash by their elements (aliasing between slices is not
 * told apart).
 */
final class StateHasher {
  static final long UNHASHABLE = Long.MIN_VALUE;

  private final IdentityHashMap<Object, Integer> numbered = new IdentityHashMap<>();
  private long h = 0x51_7C_C1_B7_27_22_0A_95L;
  private boolean unhashable;

  static long hash(Machine machine, List<GoroutineBody> bodies) {
    StateHasher s = new StateHasher();
    for (Object v : machine.globals) {
      s.value(v);
    }
    for (GoroutineBody b : bodies) {
      if (b instanceof G g) {
        s.goroutine(g);
      } else {
        s.mix(b.function().hashCode()); // a runtime goroutine: its state is the model's
      }
    }
    if (s.unhashable || s.h == UNHASHABLE) {
      return UNHASHABLE;
    }
    return s.h;
  }

  private void mix(long x) {
    long z = h * 0x9E3779B97F4A7C15L + x;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    h = z ^ (z >>> 31);
  }

  private void goroutine(G g) {
    mix(g.function.hashCode());
    mix(g.workLeftNanos);
    mix(g.awaiting == null ? -1 : g.awaiting.line);
    mix(g.panicking() == null ? 0 : g.panicking().hashCode());
    mix(g.goexiting() ? 1 : 0);
    Object[] pending = g.pendingStore;
    mix(pending == null ? -1 : pending.length);
    if (pending != null) {
      for (Object v : pending) {
        value(v);
      }
    }
    int depth = 0;
    for (Frame f = g.top; f != null; f = f.caller) {
      depth++;
      frame(f);
    }
    mix(depth);
  }

  private void frame(Frame f) {
    mix(f.fn.goName.hashCode());
    mix(f.fn.line);
    mix(f.pc);
    mix((f.returning ? 1 : 0) + (f.unwinding ? 2 : 0) + (f.isDeferredCall ? 4 : 0));
    for (Object v : f.slots) {
      value(v);
    }
    if (f.upvals != null) {
      for (Cell c : f.upvals) {
        value(c);
      }
    }
    if (f.results != null) {
      for (Object v : f.results) {
        value(v);
      }
    }
    if (f.defers != null) {
      mix(f.defers.size());
      for (Deferred d : f.defers) {
        value(d.fn());
        if (d.args() != null) {
          for (Object v : d.args()) {
            value(v);
          }
        }
        mix(d.action() == null ? -1 : d.action().line);
      }
    }
  }

  private void value(Object v) {
    if (v == null) {
      mix(0);
    } else if (v instanceof Long l) {
      mix(1);
      mix(l);
    } else if (v instanceof String s) {
      mix(2);
      mix(s.hashCode());
    } else if (v instanceof Boolean b) {
      mix(b ? 3 : 4);
    } else if (v instanceof Double d) {
      mix(5);
      mix(Double.doubleToLongBits(d));
    } else if (v instanceof GoDuration d) {
      mix(6);
      mix(d.nanos());
    } else if (v instanceof GoTime t) {
      mix(7);
      mix(t.nanos());
    } else if (v instanceof ChanValue c) {
      mix(8);
      mix(c.channel().id());
    } else if (v instanceof WaitGroup w) {
      mix(9);
      mix(w.id());
    } else if (v instanceof Mutex m) {
      mix(10);
      mix(m.id());
    } else if (v instanceof GoSlice s) {
      mix(11);
      mix(s.len());
      mix(s.cap());
      for (int i = 0; i < s.len(); i++) {
        value(s.get(i));
      }
    } else if (v instanceof Cell c) {
      if (numbered(c)) {
        value(c.v);
      }
    } else if (v instanceof Closure c) {
      mix(12);
      mix(c.fn.goName.hashCode());
      mix(c.fn.line);
      for (Cell cell : c.upvals) {
        value(cell);
      }
    } else {
      unhashable = true;
    }
  }

  /** Mixes the object's number; true when met for the first time (its contents follow once). */
  private boolean numbered(Object o) {
    Integer n = numbered.get(o);
    if (n != null) {
      mix(-n);
      return false;
    }
    numbered.put(o, numbered.size() + 1);
    mix(13);
    return true;
  }
}
