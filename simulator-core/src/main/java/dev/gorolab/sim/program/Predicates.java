package dev.gorolab.sim.program;

import dev.gorolab.sim.program.GoType.Basic;

/** Type predicates of the checker, as in go/types predicates.go and operand.go's assignableTo. */
final class Predicates {
  private Predicates() {}

  static GoType under(GoType t) {
    return t == null ? null : GoType.under(t);
  }

  static boolean assignableChan(GoType from, GoType to) {
    return under(from) instanceof GoType.Chan f && under(to) instanceof GoType.Chan t
        && f.dir() == GoType.ChanDir.BOTH && identical(f.elem(), t.elem())
        && (!(from instanceof GoType.Named) || !(to instanceof GoType.Named));
  }

  /** Whether {@code t} admits nil: pointers, slices, maps, channels, functions and interfaces. */
  static boolean hasNil(GoType t) {
    GoType u = under(t);
    return u instanceof GoType.Chan || u instanceof GoType.Slice || u instanceof GoType.Func
        || u instanceof GoType.Pointer || u instanceof GoType.Map || u instanceof GoType.Interface;
  }

  /** Whether untyped operand {@code o} converts implicitly to {@code t} (its value aside). */
  static boolean representable(Operand o, GoType t) {
    GoType u = o.type();
    GoType tu = under(t);
    if (tu instanceof GoType.Interface i && i.methods().isEmpty()) {
      return true;
    }
    if (u == Basic.UNTYPED_NIL) {
      return hasNil(t);
    }
    if (u == Basic.UNTYPED_BOOL) {
      return tu == Basic.BOOL || tu == Basic.UNTYPED_BOOL;
    }
    if (u == Basic.UNTYPED_STRING) {
      return tu == Basic.STRING || tu == Basic.UNTYPED_STRING;
    }
    if (u == Basic.UNTYPED_INT || u == Basic.UNTYPED_RUNE) {
      return isNumeric(tu);
    }
    if (u == Basic.UNTYPED_FLOAT) {
      if (isFloat(tu)) {
        return true;
      }
      return isInteger(tu) && (o.mode() != Mode.CONSTANT || Constants.isIntegral(o.value()));
    }
    return identical(u, t);
  }

  /** The untyped kind both untyped numeric operands convert to: int < rune < float. */
  static GoType untypedJoin(GoType a, GoType b) {
    if (a == b) {
      return a;
    }
    int ra = rank(a);
    int rb = rank(b);
    if (ra < 0 || rb < 0) {
      return null;
    }
    return ra > rb ? a : b;
  }

  private static int rank(GoType t) {
    if (t == Basic.UNTYPED_INT) {
      return 0;
    }
    if (t == Basic.UNTYPED_RUNE) {
      return 1;
    }
    if (t == Basic.UNTYPED_FLOAT) {
      return 2;
    }
    return -1;
  }

  static boolean identical(GoType a, GoType b) {
    return a.equals(b);
  }

  static boolean isUntyped(GoType t) {
    return t instanceof Basic b && b.isUntyped();
  }

  static boolean isInteger(GoType t) {
    return under(t) instanceof Basic b && b.isInteger();
  }

  static boolean isUnsigned(GoType t) {
    return under(t) instanceof Basic b && b.isUnsigned();
  }

  static boolean isFloat(GoType t) {
    GoType u = under(t);
    return u == Basic.FLOAT64 || u == Basic.FLOAT32 || u == Basic.UNTYPED_FLOAT;
  }

  static boolean isNumeric(GoType t) {
    return isInteger(t) || isFloat(t);
  }

  static boolean isString(GoType t) {
    GoType u = under(t);
    return u == Basic.STRING || u == Basic.UNTYPED_STRING;
  }

  static boolean isBoolean(GoType t) {
    GoType u = under(t);
    return u == Basic.BOOL || u == Basic.UNTYPED_BOOL;
  }

  static boolean isInterface(GoType t) {
    return under(t) instanceof GoType.Interface;
  }

  /** Whether values of {@code t} may be compared with {@code ==} (spec: Comparison operators). */
  static boolean comparable(GoType t) {
    GoType u = under(t);
    if (u instanceof GoType.Slice || u instanceof GoType.Map || u instanceof GoType.Func) {
      return false;
    }
    if (u instanceof GoType.Struct s) {
      for (GoType.Field f : s.fields()) {
        if (!comparable(f.type())) {
          return false;
        }
      }
    }
    if (u instanceof GoType.Array a) {
      return comparable(a.elem());
    }
    return true;
  }

  /** Whether {@code t} is ordered ({@code < <= > >=}): integers, floats and strings. */
  static boolean ordered(GoType t) {
    return isNumeric(t) || isString(t);
  }

  /** The type a value of {@code t} gets when stored in a new variable. */
  static GoType defaultType(GoType t) {
    if (t == Basic.UNTYPED_INT) {
      return Basic.INT;
    }
    if (t == Basic.UNTYPED_RUNE) {
      return Basic.INT32;
    }
    if (t == Basic.UNTYPED_FLOAT) {
      return Basic.FLOAT64;
    }
    if (t == Basic.UNTYPED_STRING) {
      return Basic.STRING;
    }
    if (t == Basic.UNTYPED_BOOL) {
      return Basic.BOOL;
    }
    return t;
  }

  static GoType defaultTypeIfUntyped(GoType t) {
    return defaultType(t);
  }

  /** The method {@code name} that {@code t} lacks to implement {@code iface}, or null if it implements it. */
  static GoType.Method missingMethod(GoType t, GoType.Interface iface) {
    for (GoType.Method m : iface.methods()) {
      if (under(t) instanceof GoType.Interface ti) {
        GoType.Method have = ti.method(m.name());
        if (have == null || !identical(have.type(), m.type())) {
          return m;
        }
        continue;
      }
      Lookup.Selection s = Lookup.lookup(t, m.name());
      if (s == null || s.kind() != Lookup.Kind.METHOD || !identical(s.method().type(), m.type())
          || (s.method().pointerReceiver() && !(t instanceof GoType.Pointer) && !s.indirect())) {
        return m;
      }
    }
    return null;
  }

  /** Whether a value of type {@code from} may be assigned to {@code to} (spec: Assignability), untyped aside. */
  static boolean assignableType(GoType from, GoType to) {
    if (identical(from, to)) {
      return true;
    }
    GoType fu = under(from);
    GoType tu = under(to);
    if (identical(fu, tu) && (!(from instanceof GoType.Named) || !(to instanceof GoType.Named))
        && !(fu instanceof Basic)) {
      return true;
    }
    if (tu instanceof GoType.Interface i && missingMethod(from, i) == null) {
      return true;
    }
    return assignableChan(from, to);
  }
}
