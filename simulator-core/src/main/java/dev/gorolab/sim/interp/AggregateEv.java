package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.GoArray;
import dev.gorolab.sim.program.GoPointer;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoStruct;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.Library;

/**
 * Expressions and targets of structs, arrays and pointers: field selection, dereference, address
 * of a location, struct literals, copies (see {@link Structs} for the value semantics).
 */
final class AggregateEv {
  private AggregateEv() {}

  /** {@code x.f} on a struct value (its storage object: no copy). */
  static final class Field extends Ev {
    final Ev x;
    final int index;

    Field(Ev x, int index) {
      this.x = x;
      this.index = index;
    }

    @Override
    Object eval(Frame f) {
      Object s = x.eval(f);
      if (s == null) {
        throw Structs.nilDereference();
      }
      return ((GoStruct) s).get(index);
    }
  }

  /** {@code *p}; a pointer to a runtime object (a {@code *sync.Mutex}) is the object itself. */
  static final class Deref extends Ev {
    final Ev p;

    Deref(Ev p) {
      this.p = p;
    }

    @Override
    Object eval(Frame f) {
      Object v = p.eval(f);
      if (v == null) {
        throw Structs.nilDereference();
      }
      return v instanceof GoPointer gp ? gp.load() : v;
    }
  }

  /** A value leaving a location: structs and arrays are copied (Go's value semantics). */
  static final class Copy extends Ev {
    final Ev x;

    Copy(Ev x) {
      this.x = x;
    }

    @Override
    Object eval(Frame f) {
      return Structs.copy(x.eval(f), f.g);
    }
  }

  /** {@code &x} of a struct or array location (its storage), or of a composite literal. */
  static final class AddrObj extends Ev {
    final Ev x;
    final GoType.Pointer type;

    AddrObj(Ev x, GoType.Pointer type) {
      this.x = x;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object storage = x.eval(f);
      if (storage == null) {
        throw Structs.nilDereference();
      }
      return new Structs.ObjPtr(storage, type, f.g.machine.addresses);
    }
  }

  /** {@code &x} of a local whose address is taken (the compiler keeps it in a cell). */
  static final class AddrLocal extends Ev {
    final VarInfo v;
    final GoType.Pointer type;

    AddrLocal(VarInfo v, GoType.Pointer type) {
      this.v = v;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      return new Structs.CellPtr((Cell) f.slots[v.slot], type, f.g.machine.addresses, f.g);
    }
  }

  /** {@code &x} of a variable captured from an enclosing function. */
  static final class AddrUpval extends Ev {
    final int index;
    final GoType.Pointer type;

    AddrUpval(int index, GoType.Pointer type) {
      this.index = index;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      return new Structs.CellPtr(f.upvals[index], type, f.g.machine.addresses, f.g);
    }
  }

  /** {@code &x} of a package-level variable. */
  static final class AddrGlobal extends Ev {
    final int index;
    final GoType.Pointer type;

    /** Points into the running machine's variables, not the compiling one's (see {@link Ev.Global}). */
    AddrGlobal(Object[] globals, int index, GoType.Pointer type) {
      this.index = index;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      return new Structs.GlobalPtr(f.g.machine.globals, index, type, f.g.machine.addresses);
    }
  }

  /** {@code &s.f} of a field that is no struct or array, or {@code &a[i]} of an array element. */
  static final class AddrField extends Ev {
    final Ev holder;
    final Ev index;
    final GoType.Pointer type;

    AddrField(Ev holder, Ev index, GoType.Pointer type) {
      this.holder = holder;
      this.index = index;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object h = holder.eval(f);
      if (h == null) {
        throw Structs.nilDereference();
      }
      int i = (int) Values.toLong(index.eval(f));
      if (h instanceof GoArray a) {
        Ev.Index.check(i, a.len());
        Object e = a.get(i);
        if (e instanceof GoStruct || e instanceof GoArray) {
          return new Structs.ObjPtr(e, type, f.g.machine.addresses);
        }
      } else {
        Object e = ((GoStruct) h).get(i);
        if (e instanceof GoStruct || e instanceof GoArray) {
          return new Structs.ObjPtr(e, type, f.g.machine.addresses);
        }
      }
      if (Library.isRuntimeObject(type.elem())) {
        return h instanceof GoArray a ? a.get(i) : ((GoStruct) h).get(i);
      }
      return new Structs.FieldPtr(h, i, type, f.g.machine.addresses);
    }
  }

  /** {@code &s[i]} of a slice element. */
  static final class AddrElem extends Ev {
    final Ev slice;
    final Ev index;
    final GoType.Pointer type;

    AddrElem(Ev slice, Ev index, GoType.Pointer type) {
      this.slice = slice;
      this.index = index;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      GoSlice s = (GoSlice) slice.eval(f);
      long i = Values.toLong(index.eval(f));
      Ev.Index.check(i, s == null ? 0 : s.len());
      Object e = s.get((int) i);
      if (e instanceof GoStruct || e instanceof GoArray) {
        return new Structs.ObjPtr(e, type, f.g.machine.addresses);
      }
      if (Library.isRuntimeObject(type.elem())) {
        return e;
      }
      return new Structs.ElemPtr(s, (int) i, type, f.g.machine.addresses);
    }
  }

  /** {@code &[]T{...}} or {@code &map[K]V{...}}: a fresh variable holding the literal. */
  static final class NewCell extends Ev {
    final Ev x;
    final GoType.Pointer type;

    NewCell(Ev x, GoType.Pointer type) {
      this.x = x;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      return new Structs.CellPtr(new Cell(x.eval(f)), type, f.g.machine.addresses, f.g);
    }
  }

  /** {@code new(T)}: a fresh zero value of T on the heap. */
  static final class New extends Ev {
    final GoType.Pointer type;

    New(GoType.Pointer type) {
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object zero = Structs.zero(type.elem(), f.g, "new(" + type.elem() + ")");
      if (zero instanceof GoStruct || zero instanceof GoArray) {
        return new Structs.ObjPtr(zero, type, f.g.machine.addresses);
      }
      if (Library.isRuntimeObject(type.elem())) {
        return zero;
      }
      return new Structs.CellPtr(new Cell(zero), type, f.g.machine.addresses, f.g);
    }
  }

  /** {@code T{f: v, ...}}: fields not given are zero. */
  static final class StructLit extends Ev {
    final GoType type;
    final int[] fields;
    final Ev[] values;
    final String name;

    StructLit(GoType type, int[] fields, Ev[] values, String name) {
      this.type = type;
      this.fields = fields;
      this.values = values;
      this.name = name;
    }

    @Override
    Object eval(Frame f) {
      GoType.Struct st = (GoType.Struct) GoType.under(type);
      Object[] out = new Object[st.fields().size()];
      boolean[] given = new boolean[out.length];
      for (int k = 0; k < fields.length; k++) {
        int i = fields[k];
        out[i] = Values.conform(values[k].eval(f), st.fields().get(i).type());
        given[i] = true;
      }
      for (int i = 0; i < out.length; i++) {
        if (!given[i]) {
          GoType.Field fd = st.fields().get(i);
          out[i] = Structs.needsRuntime(fd.type()) ? Structs.zero(fd.type(), f.g, name + "." + fd.name()) : Values.zero(fd.type());
        }
      }
      return new GoStruct(type, out);
    }
  }

  /** {@code [N]T{...}}: elements not given are zero. */
  static final class ArrayLit extends Ev {
    final GoType.Array type;
    final Ev[] values;

    ArrayLit(GoType.Array type, Ev[] values) {
      this.type = type;
      this.values = values;
    }

    @Override
    Object eval(Frame f) {
      Object[] out = new Object[(int) type.len()];
      for (int i = 0; i < out.length; i++) {
        out[i] = i < values.length ? Values.conform(values[i].eval(f), type.elem()) : Structs.zero(type.elem(), f.g, "element");
      }
      return new GoArray(type, out);
    }
  }

  /** A method value {@code x.M}: the method with its receiver evaluated now. */
  static final class Bind extends Ev {
    final Closure method;
    final Ev receiver;

    Bind(Closure method, Ev receiver) {
      this.method = method;
      this.receiver = receiver;
    }

    @Override
    Object eval(Frame f) {
      return method.bind(receiver.eval(f));
    }
  }

  // ---- targets ----

  /** {@code x.f = v} on a struct's storage. */
  static final class FieldTarget extends Target {
    final Ev holder;
    final int index;
    final GoType type;

    FieldTarget(Ev holder, int index, GoType type) {
      this.holder = holder;
      this.index = index;
      this.type = type;
    }

    @Override
    void set(Frame f, Object value) {
      Object h = holder.eval(f);
      if (h == null) {
        throw Structs.nilDereference();
      }
      GoStruct s = (GoStruct) h;
      s.set(index, Structs.store(s.get(index), Values.conform(value, type)));
    }
  }

  /** {@code *p = v}. */
  static final class DerefTarget extends Target {
    final Ev p;

    DerefTarget(Ev p) {
      this.p = p;
    }

    @Override
    void set(Frame f, Object value) {
      Object v = p.eval(f);
      if (v == null) {
        throw Structs.nilDereference();
      }
      ((GoPointer) v).store(value);
    }
  }

  /** A target that copies the struct or array stored (a range's value variable). */
  static final class Copying extends Target {
    final Target inner;

    Copying(Target inner) {
      this.inner = inner;
    }

    @Override
    void set(Frame f, Object value) {
      inner.set(f, Structs.copy(value, f.g));
    }
  }
}
