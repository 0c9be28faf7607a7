package dev.gorolab.sim.interp;

import dev.gorolab.sim.program.ChanValue;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.program.GoFloats;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoTime;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;

/** Go value semantics over the Java representation: zero values, conversions, arithmetic. */
final class Values {
  private Values() {}

  static final Long ZERO_INT = 0L;
  static final Double ZERO_FLOAT = 0.0;
  static final GoDuration ZERO_DURATION = new GoDuration(0);

  /** The zero value of {@code t}; WaitGroups and Mutexes are made by the declaring instruction. */
  static Object zero(GoType t) {
    if (t instanceof Basic b) {
      return switch (b) {
        case INT, UNTYPED_INT -> ZERO_INT;
        case FLOAT64, UNTYPED_FLOAT -> ZERO_FLOAT;
        case STRING, UNTYPED_STRING -> "";
        case BOOL, UNTYPED_BOOL -> Boolean.FALSE;
        case DURATION -> ZERO_DURATION;
        case TIME -> new GoTime(0);
        default -> null;
      };
    }
    return null;
  }

  /** Converts an untyped-constant value to the representation of {@code t} (a no-op when it fits). */
  static Object conform(Object v, GoType t) {
    if (t == null || v == null) {
      return v;
    }
    if (t == Basic.FLOAT64) {
      if (v instanceof Long l) {
        return (double) l;
      }
    } else if (t == Basic.INT) {
      if (v instanceof Double d) {
        return (long) (double) d;
      }
    } else if (t == Basic.DURATION) {
      if (v instanceof Long l) {
        return new GoDuration(l);
      }
      if (v instanceof Double d) {
        return new GoDuration((long) (double) d);
      }
    }
    return v;
  }

  /** Conforms {@code v} to the representation of the value it replaces (for inferred variables). */
  static Object conformLike(Object v, Object old) {
    if (old == null || v == null || old.getClass() == v.getClass()) {
      return v;
    }
    if (old instanceof Double) {
      return conform(v, Basic.FLOAT64);
    }
    if (old instanceof Long) {
      return conform(v, Basic.INT);
    }
    if (old instanceof GoDuration) {
      return conform(v, Basic.DURATION);
    }
    return v;
  }

  static long toLong(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof GoDuration d) {
      return d.nanos();
    }
    if (v instanceof Double d) {
      return floatToInt(d);
    }
    throw new IllegalStateException("not an integer: " + v);
  }

  /**
   * {@code int64(f)} as Go compiles it on amd64 (CVTTSD2SQ): toward zero, and NaN, infinities and
   * every value outside the int64 range give the "integer indefinite" 0x8000000000000000, where
   * Java's cast would saturate ({@code int(1/zero)} is -9223372036854775808 in Go, not MaxInt64).
   */
  static long floatToInt(double d) {
    if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
      return Long.MIN_VALUE;
    }
    return (long) d;
  }

  static double toDouble(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    return toLong(v);
  }

  /** Go's {@code ==}: channels by identity, everything else by value. */
  static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof ChanValue x && b instanceof ChanValue y) {
      return x.channel() == y.channel();
    }
    if (a.getClass() != b.getClass()) {
      if (a instanceof Double || b instanceof Double) {
        return toDouble(a) == toDouble(b);
      }
      if ((a instanceof Long || a instanceof GoDuration) && (b instanceof Long || b instanceof GoDuration)) {
        return toLong(a) == toLong(b);
      }
      return false;
    }
    if (a instanceof Double x) {
      return x.doubleValue() == (Double) b;
    }
    return a.equals(b);
  }

  static int compare(Object a, Object b) {
    if (a instanceof String x) {
      return x.compareTo((String) b);
    }
    if (a instanceof Double || b instanceof Double) {
      return Double.compare(toDouble(a), toDouble(b));
    }
    return Long.compare(toLong(a), toLong(b));
  }

  /** Length of a Go string in bytes (UTF-8). */
  static int byteLen(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** How the runtime prints a panic value: {@code panic(3.5)} prints {@code +3.500000e+000}. */
  static String panicValue(Object v) {
    if (v instanceof Double d) {
      String e = GoFloats.formatE(d, 6);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return e;
      }
      int k = e.indexOf('e');
      String mant = e.substring(0, k);
      String exp = e.substring(k + 2);
      char sign = e.charAt(k + 1);
      while (exp.length() < 3) {
        exp = "0" + exp;
      }
      return (mant.startsWith("-") ? "" : "+") + mant + "e" + sign + exp;
    }
    if (v instanceof GoDuration d) {
      // a Duration is an int64 with a String method; the runtime prints the method's result
      return d.toString();
    }
    if (v instanceof String s) {
      return s;
    }
    if (v == null) {
      return "nil";
    }
    if (v instanceof GoSlice) {
      return "([]int)";
    }
    return String.valueOf(v);
  }
}
