package dev.gorolab.sim.interp;

import dev.gorolab.model.GoOps;
import dev.gorolab.model.GoroutineBody;
import dev.gorolab.sim.lib.Caller;
import dev.gorolab.sim.lib.LibFunc;
import dev.gorolab.sim.lib.LibPanic;

/** A call into the emulated library (dev.gorolab.sim.lib), made by a goroutine of this interpreter. */
final class LibCall implements Caller {
  private final G g;
  private final String label;

  private LibCall(G g, String label) {
    this.g = g;
    this.label = label;
  }

  /** Calls {@code impl} for goroutine {@code g}; a library panic becomes a Go panic of {@code g}. */
  static Object call(LibFunc impl, G g, String label, Object[] args) {
    try {
      return impl.call(new LibCall(g, label), args);
    } catch (LibPanic p) {
      throw new GoPanic(p.getMessage());
    }
  }

  /** Calls the blocking {@code impl} for goroutine {@code g}. */
  static dev.gorolab.model.OpResult block(dev.gorolab.sim.lib.BlockingFunc impl, G g, Object[] args) {
    try {
      return impl.call(new LibCall(g, null), args);
    } catch (LibPanic p) {
      throw new GoPanic(p.getMessage());
    }
  }

  /** Calls a func value the library made ({@link dev.gorolab.sim.lib.NativeFunc}) for goroutine {@code g}. */
  static Object[] callNative(dev.gorolab.sim.lib.NativeFunc fn, G g, Object[] args) {
    try {
      return fn.call(new LibCall(g, null), args);
    } catch (LibPanic p) {
      throw new GoPanic(p.getMessage());
    }
  }

  @Override
  public Object[] call(Object fn, Object... args) {
    if (fn instanceof dev.gorolab.sim.lib.NativeFunc nf) {
      return nf.call(this, args);
    }
    if (fn == null) {
      throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
    }
    return g.callNested((Closure) fn, args);
  }

  @Override
  public Object method(Object receiver, String name) {
    return g.machine.methodSets.bound(receiver, name, g);
  }

  @Override
  public boolean holds(Object v, dev.gorolab.sim.program.GoType t) {
    return Ifaces.holds(v, t);
  }

  @Override
  public Object asType(Object v, dev.gorolab.sim.program.GoType t) {
    return Ifaces.unwrap(v, t);
  }

  @Override
  public dev.gorolab.sim.program.GoFormat.Methods fmtMethods() {
    return g.machine.methodSets.forFmt(g);
  }

  @Override
  public Object runLocal(Object key, java.util.function.Supplier<Object> make) {
    return g.machine.libraryState.computeIfAbsent(key, k -> make.get());
  }

  @Override
  public GoOps ops() {
    return g.ops;
  }

  @Override
  public GoroutineBody goroutine(Object fn) {
    if (fn instanceof dev.gorolab.sim.lib.NativeFunc nf) {
      // a goroutine running a func value of the library (context's timer callback)
      Instr run = new Instr() {
        @Override
        long exec(G g2, Frame f) {
          callNative(nf, g2, new Object[0]);
          f.pc++;
          return CostModel.CALL_NS;
        }
      };
      Instr ret = new Instr.Return(new Ev[0]);
      FnCode code = new FnCode(nf.goName(), nf.type(), null);
      code.code = new Instr[] {run, ret};
      return new G(g.machine, new Closure(code, null), new Ev[0], null);
    }
    return new G(g.machine, (Closure) fn, new Ev[0], null);
  }

  @Override
  public String label() {
    return label;
  }
}
