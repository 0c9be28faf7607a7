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

  /** Wraps {@code v} to the size of integer type {@code kind} (spec: Integer overflow). */
  static long wrap(long v, Basic kind) {
    return switch (kind) {
      case INT8 -> (byte) v;
      case INT16 -> (short) v;
      case INT32 -> (int) v;
      case UINT8 -> v & 0xffL;
      case UINT16 -> v & 0xffffL;
      case UINT32 -> v & 0xffff_ffffL;
      default -> v;
    };
  }

  /** {@code T(v)}: a conversion of a value to type {@code t} (spec: Conversions). */
  static Object convert(Object v, GoType t) {
    GoType u = GoType.under(t);
    if (v instanceof dev.gorolab.sim.program.Typed typed) {
      v = typed.value();
    }
    if (u instanceof Basic b) {
      switch (b) {
        case FLOAT64:
          return toDouble(v);
        case FLOAT32:
          return (double) (float) toDouble(v);
        case INT:
          return v instanceof Double d ? floatToInt(d) : toLong(v);
        case DURATION:
          return new GoDuration(toLong(v));
        case STRING:
          if (v instanceof String) {
            return v;
          }
          if (v instanceof GoSlice s) {
            return sliceToString(s);
          }
          long cp = toLong(v);
          return cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)
              ? new String(Character.toChars((int) cp)) : "\uFFFD";
        default:
          if (b.isInteger()) {
            if (v instanceof Double d) {
              // float to integer truncates; an unsigned type takes the value's low bits as amd64 does for in-range values
              double x = d;
              long l = b == Basic.UINT64 || b == Basic.UINT || b == Basic.UINTPTR
                  ? (x >= 0x1p63 && x < 0x1p64 ? (long) (x - 0x1p63) ^ Long.MIN_VALUE : floatToInt(x)) : floatToInt(x);
              return wrap(l, b);
            }
            return wrap(toLong(v), b);
          }
          return v;
      }
    }
    if (u instanceof GoType.Slice s && v instanceof String str) {
      return stringToSlice(str, s, t);
    }
    return v;
  }

  private static String sliceToString(GoSlice s) {
    GoType elem = GoType.under(s.type().elem());
    StringBuilder sb = new StringBuilder();
    if (elem == Basic.INT32) {
      for (int i = 0; i < s.len(); i++) {
        long cp = toLong(s.get(i));
        sb.appendCodePoint(cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) ? (int) cp : 0xFFFD);
      }
      return sb.toString();
    }
    byte[] bytes = new byte[s.len()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) toLong(s.get(i));
    }
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static GoSlice stringToSlice(String str, GoType.Slice s, GoType t) {
    GoType.Slice st = t instanceof GoType.Slice sl ? sl : s;
    if (GoType.under(s.elem()) == Basic.INT32) {
      Object[] runes = str.codePoints().mapToObj(cp -> (Object) (long) cp).toArray();
      return GoSlice.of(st, runes);
    }
    byte[] bytes = str.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Object[] out = new Object[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = (long) (bytes[i] & 0xff);
    }
    return GoSlice.of(st, out);
  }

  /** The zero value of {@code t}; WaitGroups and Mutexes are made by the declaring instruction. */
  static Object zero(GoType t) {
    GoType u = t == null ? null : GoType.under(t);
    if (u instanceof GoType.Struct s) {
      // runtime objects in it (a Mutex field) are left null: Structs.zero makes them
      Object[] fields = new Object[s.fields().size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = zero(s.fields().get(i).type());
      }
      return new dev.gorolab.sim.program.GoStruct(t, fields);
    }
    if (u instanceof GoType.Array a) {
      Object[] elems = new Object[(int) a.len()];
      for (int i = 0; i < elems.length; i++) {
        elems[i] = zero(a.elem());
      }
      return new dev.gorolab.sim.program.GoArray(a, elems);
    }
    if (t instanceof GoType.Named n) {
      return zero(n.underlying());
    }
    if (t instanceof Basic b) {
      if (b.isInteger() && b != Basic.DURATION) {
        return ZERO_INT;
      }
      return switch (b) {
        case INT, UNTYPED_INT -> ZERO_INT;
        case FLOAT64, FLOAT32, UNTYPED_FLOAT -> ZERO_FLOAT;
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
    if (t instanceof GoType.Named n) {
      t = n.underlying();
    }
    if (t == Basic.FLOAT64) {
      if (v instanceof Long l) {
        return (double) l;
      }
    } else if (t == Basic.FLOAT32) {
      if (v instanceof Long l) {
        return (double) (float) l;
      }
      if (v instanceof Double d) {
        return (double) (float) (double) d;
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
    return panicValue(v, null);
  }

  /**
   * printpanicval (runtime/error.go, go1.19): basic values as {@code print} prints them; a value of
   * a defined basic type as printanycustomtype does, {@code main.N(5)}, {@code main.S("hi")};
   * other kinds as {@code (main.T) 0xc000010000}, the address of the boxed value from
   * {@code addresses} (Go's differs from run to run).
   */
  static String panicValue(Object v, Structs.Addresses addresses) {
    if (v instanceof dev.gorolab.sim.program.Typed t) {
      GoType u = GoType.under(t.type());
      String inner = t.value() == null ? null : panicValue(t.value(), addresses);
      if (u instanceof GoType.Basic b && inner != null) {
        if (b.isInteger() && b.isUnsigned() && t.value() instanceof Long l) {
          inner = Long.toUnsignedString(l);
        } else if (u == GoType.Basic.FLOAT32 && t.value() instanceof Double d) {
          inner = panicValue(d, addresses);
        }
        if (!(t.type() instanceof GoType.Named)) {
          return inner;
        }
        String name = dev.gorolab.sim.program.GoFormat.typeString(t.type());
        return t.value() instanceof String s ? name + "(\"" + s + "\")" : name + "(" + inner + ")";
      }
      return boxed(t.type(), t.value(), addresses);
    }
    if (v instanceof dev.gorolab.sim.program.GoStruct st) {
      return boxed(st.type(), st, addresses);
    }
    if (v instanceof dev.gorolab.sim.program.GoArray a) {
      return boxed(a.type(), a, addresses);
    }
    if (v instanceof dev.gorolab.sim.program.GoPointer p) {
      return "(" + dev.gorolab.sim.program.GoFormat.typeString(p.type()) + ") 0x" + Long.toHexString(p.address());
    }
    if (v instanceof dev.gorolab.sim.program.GoMap m && addresses != null) {
      return boxed(m.type(), m, addresses);
    }
    if (v instanceof GoSlice sl && addresses != null) {
      return boxed(sl.type(), sl, addresses);
    }
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

  /** printanycustomtype's default: {@code (TYPE) ADDRESS}, the address of the interface's data word. */
  private static String boxed(GoType t, Object value, Structs.Addresses addresses) {
    String name = dev.gorolab.sim.program.GoFormat.typeString(t);
    if (addresses == null || value == null) {
      return "(" + name + ") " + (value == null ? "0x0" : String.valueOf(value));
    }
    return "(" + name + ") 0x" + Long.toHexString(addresses.of(value, 16));
  }
}
