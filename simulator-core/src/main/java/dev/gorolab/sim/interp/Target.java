package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoType;

/** Where an assignment stores a value. */
abstract class Target {
  abstract void set(Frame f, Object v);

  /** {@code name :=}: a fresh variable (a fresh cell if captured). */
  static final class Declare extends Target {
    final VarInfo v;

    Declare(VarInfo v) {
      this.v = v;
    }

    @Override
    void set(Frame f, Object value) {
      f.declare(v, Values.conform(value, v.type));
    }
  }

  static final class Local extends Target {
    final VarInfo v;

    Local(VarInfo v) {
      this.v = v;
    }

    @Override
    void set(Frame f, Object value) {
      Object old = f.get(v);
      Object conformed = v.type != null ? Values.conform(value, v.type) : Values.conformLike(value, old);
      f.set(v, Structs.store(old, conformed));
    }
  }

  static final class Upval extends Target {
    final int index;
    final GoType type;

    Upval(int index, GoType type) {
      this.index = index;
      this.type = type;
    }

    @Override
    void set(Frame f, Object value) {
      Cell c = f.upvals[index];
      c.write(Structs.store(c.v, type != null ? Values.conform(value, type) : Values.conformLike(value, c.v)), f.g);
    }
  }

  static final class Global extends Target {
    final int index;
    final GoType type;

    /** Writes the running machine's variables, as {@link Ev.Global} reads them. */
    Global(Object[] globals, int index, GoType type) {
      this.index = index;
      this.type = type;
    }

    @Override
    void set(Frame f, Object value) {
      if (f.g.machine.watch != null) {
        Watching.global(f, index, true);
      }
      Object[] globals = f.g.machine.globals;
      globals[index] = Structs.store(globals[index],
          type != null ? Values.conform(value, type) : Values.conformLike(value, globals[index]));
    }
  }

  static final class Element extends Target {
    final Ev slice;
    final Ev index;

    Element(Ev slice, Ev index) {
      this.slice = slice;
      this.index = index;
    }

    @Override
    void set(Frame f, Object value) {
      Object x = slice.eval(f);
      long i = Values.toLong(index.eval(f));
      if (x instanceof dev.gorolab.sim.program.GoArray a) {
        Ev.Index.check(i, a.len());
        if (f.g.machine.watch != null) {
          Watching.element(f, a, (int) i, slice, true);
        }
        a.set((int) i, Structs.store(a.get((int) i), Values.conform(value, a.type().elem())));
        return;
      }
      GoSlice s = (GoSlice) x;
      Ev.Index.check(i, s == null ? 0 : s.len());
      if (f.g.machine.watch != null) {
        Watching.element(f, s, (int) i, slice, true);
      }
      s.set((int) i, Structs.store(s.get((int) i), Values.conform(value, s.type().elem())));
    }
  }

  /** {@code m[k] = v}; a nil map panics as runtime/map.go mapassign does. */
  static final class MapEntry extends Target {
    final Ev map;
    final Ev key;
    final GoType.Map type;

    MapEntry(Ev map, Ev key, GoType.Map type) {
      this.map = map;
      this.key = key;
      this.type = type;
    }

    @Override
    void set(Frame f, Object value) {
      dev.gorolab.sim.program.GoMap m = (dev.gorolab.sim.program.GoMap) map.eval(f);
      Object k = Values.conform(key.eval(f), type.key());
      if (m == null) {
        throw new GoPanic("assignment to entry in nil map");
      }
      m.put(k, Values.conform(value, type.elem()));
    }
  }

  static final class Blank extends Target {
    static final Blank INSTANCE = new Blank();

    @Override
    void set(Frame f, Object value) {}
  }
}
