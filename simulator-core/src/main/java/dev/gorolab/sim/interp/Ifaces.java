package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoArray;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoError;
import dev.gorolab.sim.program.GoFormat;
import dev.gorolab.sim.program.GoMap;
import dev.gorolab.sim.program.GoPointer;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoStruct;
import dev.gorolab.sim.program.GoTime;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import dev.gorolab.sim.program.Lookup;
import dev.gorolab.sim.program.Typed;

/**
 * Interface values. An interface holds its dynamic value itself; the dynamic type is what the
 * value says ({@link #dynamicType}): a {@link Typed} wrapper when the Java class does not tell it
 * (a sized integer, a defined non-struct type), structs, arrays and pointers carry theirs, and the
 * library's {@link GoError} values are errors. nil is Java null.
 */
final class Ifaces {
  private Ifaces() {}

  /** The dynamic type of a non-nil interface value, or null when only the library knows it (a GoError). */
  static GoType dynamicType(Object v) {
    if (v instanceof Typed t) {
      return t.type();
    }
    if (v instanceof GoStruct s) {
      return s.type();
    }
    if (v instanceof GoPointer p) {
      return p.type();
    }
    if (v instanceof GoArray a) {
      return a.type();
    }
    if (v instanceof Long) {
      return Basic.INT;
    }
    if (v instanceof Double) {
      return Basic.FLOAT64;
    }
    if (v instanceof String) {
      return Basic.STRING;
    }
    if (v instanceof Boolean) {
      return Basic.BOOL;
    }
    if (v instanceof GoDuration) {
      return Basic.DURATION;
    }
    if (v instanceof GoTime) {
      return Basic.TIME;
    }
    if (v instanceof GoSlice s) {
      return s.type();
    }
    if (v instanceof GoMap m) {
      return m.type();
    }
    if (v instanceof ChanValue c) {
      return c.type();
    }
    if (v instanceof GoFormat.FuncValue f) {
      return f.type();
    }
    return null;
  }

  /** Whether interface value {@code v} holds a value of type {@code t} (or, for an interface t, implements it). */
  static boolean holds(Object v, GoType t) {
    if (v == null) {
      return false;
    }
    boolean iface = GoType.under(t) instanceof GoType.Interface;
    if (v instanceof GoError) {
      return iface && (t == GoType.ERROR || ((GoType.Interface) GoType.under(t)).methods().isEmpty()
          || ((GoType.Interface) GoType.under(t)).methods().equals(((GoType.Interface) GoType.ERROR.underlying()).methods()));
    }
    GoType d = dynamicType(v);
    if (d == null) {
      return iface && ((GoType.Interface) GoType.under(t)).methods().isEmpty();
    }
    return iface ? Lookup.implementsInterface(d, t) : d.equals(t);
  }

  /** The value as a variable of concrete type {@code t} holds it: without its Typed wrapper. */
  static Object unwrap(Object v, GoType t) {
    if (v instanceof Typed typed && !(GoType.under(t) instanceof GoType.Interface)) {
      return typed.value();
    }
    return v;
  }

  /** Go's words for a failed {@code x.(T)} of an interface of static type {@code iface}. */
  static String conversionPanic(Object v, GoType iface, GoType t) {
    String from = GoFormat.typeString(iface);
    if (v == null) {
      return "interface conversion: " + from + " is nil, not " + GoFormat.typeString(t);
    }
    String dyn = GoFormat.typeName(v);
    if (GoType.under(t) instanceof GoType.Interface i) {
      String missing = "";
      GoType d = dynamicType(v);
      for (GoType.Method m : i.methods()) {
        if (d == null || !Lookup.implementsInterface(d, new GoType.Interface(java.util.List.of(m)))) {
          missing = m.name();
          break;
        }
      }
      return "interface conversion: " + dyn + " is not " + GoFormat.typeString(t) + ": missing method " + missing;
    }
    return "interface conversion: " + from + " is " + dyn + ", not " + GoFormat.typeString(t);
  }

  /** {@code x.(T)}; with {@code ok}, the comma-ok flag instead of a panic. */
  static final class Assert extends Ev {
    final Ev x;
    final GoType type;
    final GoType iface;
    final boolean ok;

    Assert(Ev x, GoType type, GoType iface, boolean ok) {
      this.x = x;
      this.type = type;
      this.iface = iface;
      this.ok = ok;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      boolean holds = holds(v, type);
      if (ok) {
        return holds;
      }
      if (!holds) {
        throw new GoPanic(conversionPanic(v, iface, type)); // a runtime.TypeAssertionError: no "runtime error: " prefix
      }
      return unwrap(v, type);
    }
  }

  /** The value of a comma-ok assertion when it fails: the zero value of T. */
  static final class AssertValue extends Ev {
    final Ev x;
    final GoType type;

    AssertValue(Ev x, GoType type) {
      this.x = x;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      return holds(v, type) ? unwrap(v, type) : Structs.zero(type, f.g, "zero");
    }
  }

  /** A type switch case: whether {@code x} holds a {@code type} (or is nil, for {@code case nil}). */
  static final class Is extends Ev {
    final Ev x;
    final GoType type;

    Is(Ev x, GoType type) {
      this.x = x;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      return type == null ? v == null : holds(v, type);
    }
  }

  /**
   * {@code x.M} where x is an interface: the method of x's dynamic type, bound to x's value
   * (dynamic dispatch); a value method of a pointer gets a copy of the value pointed to.
   */
  static final class Method extends Ev {
    final Ev x;
    final String name;
    final Closure errorText;

    Method(Ev x, String name, Closure errorText) {
      this.x = x;
      this.name = name;
      this.errorText = errorText;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      if (v == null) {
        throw Structs.nilDereference();
      }
      if (v instanceof GoError && name.equals("Error")) {
        return errorText.bind(v);
      }
      Closure m = f.g.machine.methodSets.bound(v, name, f.g);
      if (m == null) {
        if (dynamicType(v) == null) {
          // a value the library made, such as sort.Reverse's: its methods run only inside the library
          throw new G.NestedCallStop("gorolab: stopped: GoroLab does not model calling " + GoFormat.typeName(v) + "."
              + name + " from the program yet.\n");
        }
        throw new IllegalStateException("no method " + name + " for " + dynamicType(v) + "; check the program first");
      }
      return m;
    }
  }

  /** The text of a library error, for {@code err.Error()}. */
  static final class ErrorText extends Ev {
    final Ev x;

    ErrorText(Ev x) {
      this.x = x;
    }

    @Override
    Object eval(Frame f) {
      return ((GoError) x.eval(f)).error();
    }
  }

  /**
   * A pointer converted to an interface: a nil pointer keeps its type, so that the interface is
   * not nil (Go FAQ "Why is my nil error value not equal to nil?": an interface holding a nil *T
   * has a type word), prints its type with %T and still has *T's methods.
   */
  static final class TypedNil extends Ev {
    final Ev x;
    final GoType type;

    TypedNil(Ev x, GoType type) {
      this.x = x;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      return v == null ? new Typed(type, null) : v;
    }
  }

  /** A value converted to an interface: a type the Java class does not tell is kept with it. */
  static final class ToIface extends Ev {
    final Ev x;
    final GoType type;

    ToIface(Ev x, GoType type) {
      this.x = x;
      this.type = type;
    }

    @Override
    Object eval(Frame f) {
      Object v = x.eval(f);
      return v == null || v instanceof Typed ? v : new Typed(type, v);
    }
  }
}
