package dev.gorolab.sim.program;

import static dev.gorolab.sim.program.Constants.isIntegral;

import dev.gorolab.sim.program.GoType.Basic;

/** Type predicates of the checker, as in go/types predicates.go. */
final class Predicates {
  private Predicates() {}

  static boolean assignableChan(GoType from, GoType to) {
    return from instanceof GoType.Chan f && to instanceof GoType.Chan t
        && f.dir() == GoType.ChanDir.BOTH && identical(f.elem(), t.elem());
  }

  /** Whether untyped operand {@code o} converts implicitly to {@code t}. */
  static boolean representable(Operand o, GoType t) {
    GoType u = o.type();
    if (u == Basic.UNTYPED_NIL) {
      return t instanceof GoType.Chan || t instanceof GoType.Slice || t instanceof GoType.Func || t instanceof GoType.Pointer;
    }
    if (u == Basic.UNTYPED_BOOL) {
      return t == Basic.BOOL;
    }
    if (u == Basic.UNTYPED_STRING) {
      return t == Basic.STRING;
    }
    if (u == Basic.UNTYPED_INT) {
      return isNumeric(t);
    }
    if (u == Basic.UNTYPED_FLOAT) {
      if (t == Basic.FLOAT64) {
        return true;
      }
      return isInteger(t) && (o.mode() != Mode.CONSTANT || isIntegral(o.value()));
    }
    return identical(u, t);
  }

  static GoType untypedJoin(GoType a, GoType b) {
    if (a == b) {
      return a;
    }
    if ((a == Basic.UNTYPED_INT || a == Basic.UNTYPED_FLOAT) && (b == Basic.UNTYPED_INT || b == Basic.UNTYPED_FLOAT)) {
      return Basic.UNTYPED_FLOAT;
    }
    return null;
  }

  static boolean identical(GoType a, GoType b) {
    return a.equals(b);
  }

  static boolean isUntyped(GoType t) {
    return t instanceof Basic b && b.isUntyped();
  }

  static boolean isInteger(GoType t) {
    return t == Basic.INT || t == Basic.DURATION || t == Basic.UNTYPED_INT;
  }

  static boolean isNumeric(GoType t) {
    return isInteger(t) || t == Basic.FLOAT64 || t == Basic.UNTYPED_FLOAT;
  }


  /** The type a value of {@code t} gets when stored in a new variable. */
  static GoType defaultType(GoType t) {
    if (t == Basic.UNTYPED_INT) {
      return Basic.INT;
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
}
