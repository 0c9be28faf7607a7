package dev.gorolab.sim.program;

import dev.gorolab.sim.program.GoType.Basic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Exact constant arithmetic, as go/constant does it: integer constants are {@link BigInteger}s and
 * floating-point constants are exact fractions ({@link Rat}), so that {@code 0.1 + 0.2} is exactly
 * {@code 3/10} and {@code 1 << 70 >> 68} is {@code 4}. Strings and booleans are {@code String} and
 * {@code Boolean}. A value becomes a float64 (or a sized integer) only where a typed value is
 * needed.
 */
final class Constants {
  private Constants() {}

  /** An exact fraction {@code num/den}, {@code den > 0}, in lowest terms. */
  record Rat(BigInteger num, BigInteger den) {
    static Rat of(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
        num = num.divide(g);
        den = den.divide(g);
      }
      return new Rat(num, den);
    }

    static Rat of(Object v) {
      if (v instanceof Rat r) {
        return r;
      }
      return new Rat((BigInteger) v, BigInteger.ONE);
    }

    /** The exact value of a double. */
    static Rat ofDouble(double d) {
      BigDecimal b = new BigDecimal(d);
      return b.scale() <= 0 ? new Rat(b.toBigIntegerExact(), BigInteger.ONE)
          : of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }

    boolean isInt() {
      return den.equals(BigInteger.ONE);
    }

    Rat add(Rat o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rat sub(Rat o) {
      return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Rat mul(Rat o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Rat div(Rat o) {
      return of(num.multiply(o.den), den.multiply(o.num));
    }

    int compareTo(Rat o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** The nearest double (infinite when out of range). */
    double toDouble() {
      if (isInt()) {
        return new BigDecimal(num).doubleValue();
      }
      return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(60)).doubleValue();
    }
  }

  static final BigInteger MAX_INT64 = BigInteger.valueOf(Long.MAX_VALUE);
  static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);

  /** The value of an integer literal such as {@code 0x1F}, {@code 0o17}, {@code 1_000}, {@code 017}. */
  static BigInteger intLiteral(String text, long fallback) {
    String t = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("0x")) {
        return new BigInteger(t.substring(2), 16);
      }
      if (t.startsWith("0b")) {
        return new BigInteger(t.substring(2), 2);
      }
      if (t.startsWith("0o")) {
        return new BigInteger(t.substring(2), 8);
      }
      if (t.length() > 1 && t.startsWith("0")) {
        return new BigInteger(t.substring(1), 8);
      }
      return new BigInteger(t);
    } catch (NumberFormatException e) {
      return BigInteger.valueOf(fallback);
    }
  }

  /** A hexadecimal float's digits after {@code 0x}: mantissa {@code h.h} and {@code p} exponent, exactly. */
  private static Rat hexFloat(String t) {
    int p = Math.max(t.indexOf('p'), t.indexOf('P'));
    String mant = p < 0 ? t : t.substring(0, p);
    long exp = p < 0 ? 0 : Long.parseLong(t.substring(p + 1).replace("+", ""));
    int dot = mant.indexOf('.');
    if (dot >= 0) {
      exp -= 4L * (mant.length() - dot - 1);
      mant = mant.substring(0, dot) + mant.substring(dot + 1);
    }
    BigInteger m = mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant, 16);
    if (m.signum() == 0) {
      return new Rat(BigInteger.ZERO, BigInteger.ONE);
    }
    if (Math.abs(exp) > 4L * MAX_LITERAL_EXPONENT) {
      return null;
    }
    return exp >= 0 ? new Rat(m.shiftLeft((int) exp), BigInteger.ONE) : Rat.of(m, BigInteger.ONE.shiftLeft((int) -exp));
  }

  /**
   * Past this many decimal (or, for hexadecimal literals, four times as many binary) digits of
   * magnitude a literal is not made exact: go/constant switches to 512-bit floats near there and
   * rejects exponents past the int32 range; GoroLab rejects them all alike, so that {@code 1e2000000000}
   * cannot build a BigInteger of gigabytes.
   */
  static final int MAX_LITERAL_EXPONENT = 1_000_000;

  /**
   * The exact value of a float literal: {@code 0.1} is {@code 1/10}; integral values are
   * BigIntegers; null for an exponent out of range, which gc reports as {@code malformed constant}.
   */
  static Object floatLiteral(String text, double value) {
    String t = text.replace("_", "");
    Rat r;
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        r = hexFloat(t.substring(2));
      } else {
        BigDecimal b = new BigDecimal(t);
        long magnitude = (long) b.precision() - b.scale();
        if (Math.abs(magnitude) > MAX_LITERAL_EXPONENT) {
          return b.signum() == 0 ? BigInteger.ZERO : null;
        }
        r = b.scale() <= 0 ? new Rat(b.toBigIntegerExact(), BigInteger.ONE)
            : Rat.of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      return null; // an exponent past Java's int range, as past Go's int32
    }
    if (r == null) {
      return null;
    }
    return normalize(r);
  }

  /** A fraction that is a whole number becomes a BigInteger, as go/constant normalises. */
  static Object normalize(Rat r) {
    return r.isInt() ? r.num() : r;
  }

  static boolean isNumber(Object v) {
    return v instanceof BigInteger || v instanceof Rat;
  }

  static boolean isIntegral(Object v) {
    return v instanceof BigInteger || (v instanceof Rat r && r.isInt());
  }

  static BigInteger toBig(Object v) {
    if (v instanceof BigInteger b) {
      return b;
    }
    Rat r = (Rat) v;
    return r.num().divide(r.den());
  }

  /** The value as a long (wrapped to 64 bits; callers check representability first). */
  static long toLong(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    return toBig(v).longValue();
  }

  static double toDouble(Object v) {
    if (v instanceof BigInteger b) {
      return new BigDecimal(b).doubleValue();
    }
    if (v instanceof Rat r) {
      return r.toDouble();
    }
    if (v instanceof Long l) {
      return l;
    }
    return v instanceof Double d ? d : 0;
  }

  static int sign(Object v) {
    return v instanceof BigInteger b ? b.signum() : v instanceof Rat r ? r.num().signum() : 0;
  }

  /** Folds a binary arithmetic or logical operator over two constants of {@code type}. */
  static Object foldConst(String op, Object a, Object b, GoType type) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return op.equals("&&") ? x && y : x || y;
    }
    if (a instanceof String x && b instanceof String y) {
      return x + y;
    }
    GoType u = GoType.under(type);
    boolean floating = u == Basic.UNTYPED_FLOAT || u == Basic.FLOAT64 || u == Basic.FLOAT32
        || a instanceof Rat || b instanceof Rat;
    if (floating && !(u instanceof Basic bt && bt.isInteger())) {
      Rat x = Rat.of(a);
      Rat y = Rat.of(b);
      return normalize(switch (op) {
        case "+" -> x.add(y);
        case "-" -> x.sub(y);
        case "*" -> x.mul(y);
        case "/" -> x.div(y);
        default -> Rat.of(foldInt(op, toBig(a), toBig(b)));
      });
    }
    return foldInt(op, toBig(a), toBig(b));
  }

  private static BigInteger foldInt(String op, BigInteger x, BigInteger y) {
    return switch (op) {
      case "+" -> x.add(y);
      case "-" -> x.subtract(y);
      case "*" -> x.multiply(y);
      case "/" -> x.divide(y); // truncated towards zero, as Go's
      case "%" -> x.remainder(y); // the sign of the dividend, as Go's
      case "&" -> x.and(y);
      case "|" -> x.or(y);
      case "^" -> x.xor(y);
      case "&^" -> x.andNot(y);
      default -> BigInteger.ZERO;
    };
  }

  static Object shift(String op, Object x, long count) {
    BigInteger v = toBig(x);
    return op.equals("<<") ? v.shiftLeft((int) Math.min(count, 100_000)) : v.shiftRight((int) Math.min(count, 100_000));
  }

  static int compare(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.equals(y) ? 0 : 1;
    }
    if (a instanceof BigInteger x && b instanceof BigInteger y) {
      return x.compareTo(y);
    }
    return Rat.of(a).compareTo(Rat.of(b));
  }

  static boolean compareConst(String op, Object a, Object b) {
    int c = compare(a, b);
    return switch (op) {
      case "==" -> c == 0;
      case "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  /** The smallest and largest values of an integer type, or null if {@code t} is not one. */
  static BigInteger[] intRange(GoType t) {
    if (!(GoType.under(t) instanceof Basic b) || !b.isInteger() || b == Basic.UNTYPED_INT || b == Basic.UNTYPED_RUNE) {
      return null;
    }
    int bits = b.bits();
    if (b.isUnsigned()) {
      return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)};
    }
    return new BigInteger[] {BigInteger.ONE.shiftLeft(bits - 1).negate(), BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)};
  }

  /**
   * The constant {@code v} as a value of type {@code t} (rounded for floats), or null if it is
   * not representable (go/types representableConst).
   */
  static Object represent(Object v, GoType t) {
    GoType u = GoType.under(t);
    if (!(u instanceof Basic b)) {
      return v;
    }
    if (b.isInteger() && b != Basic.UNTYPED_INT && b != Basic.UNTYPED_RUNE) {
      if (!isIntegral(v)) {
        return null;
      }
      BigInteger x = toBig(v);
      BigInteger[] r = intRange(b);
      return x.compareTo(r[0]) < 0 || x.compareTo(r[1]) > 0 ? null : x;
    }
    if (b == Basic.FLOAT64 || b == Basic.FLOAT32) {
      if (!isNumber(v)) {
        return null;
      }
      double d = b == Basic.FLOAT32 ? (float) toDouble(v) : toDouble(v);
      if (Double.isInfinite(d)) {
        return null;
      }
      return normalize(Rat.ofDouble(d));
    }
    return v;
  }

  /** The value as go/constant's {@code String()} shows it in messages: floats as {@code %.6g}. */
  static String constText(Object v) {
    if (v instanceof String s) {
      return GoStrings.quote(s.length() > 72 ? s.substring(0, 69) + "..." : s);
    }
    if (v instanceof Rat) {
      return floatText(v);
    }
    return String.valueOf(v);
  }

  /**
   * A constant of float kind as go/constant's String shows it: {@code %.6g}, also when its value
   * is integral ({@code 300}, {@code 1.23457e+08}) or past float64's range ({@code 1e+400}).
   */
  static String constText(Object v, boolean floatKind) {
    return floatKind && (v instanceof BigInteger || v instanceof Rat) ? floatText(v) : constText(v);
  }

  private static String floatText(Object v) {
    double d = toDouble(v);
    if (!Double.isInfinite(d) && (d != 0 || isZero(v))) {
      return GoFloats.formatG(d, 6);
    }
    // Out of float64's range: six significant digits by hand, as go/constant does.
    Rat r = Rat.of(v);
    BigDecimal b = new BigDecimal(r.num()).divide(new BigDecimal(r.den()), new java.math.MathContext(6));
    String digits = b.unscaledValue().abs().toString().replaceAll("0+$", "");
    long exp = (long) b.precision() - b.scale() - 1;
    String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
    String sign = b.signum() < 0 ? "-" : "";
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  private static boolean isZero(Object v) {
    return v instanceof BigInteger i ? i.signum() == 0 : Rat.of(v).num().signum() == 0;
  }

  /** The constant as the interpreter holds it for a value of {@code type}: Long, Double, String or Boolean. */
  static Object runtimeValue(Object v, GoType type) {
    GoType u = type == null ? null : GoType.under(type);
    if (v instanceof BigInteger || v instanceof Rat) {
      boolean floating = u == Basic.FLOAT64 || u == Basic.FLOAT32 || u == Basic.UNTYPED_FLOAT
          || (u == null && v instanceof Rat);
      if (floating) {
        // a constant has no negative zero: -1e-400 rounds to 0, not -0
        double d = toDouble(v) + 0.0;
        return u == Basic.FLOAT32 ? (double) (float) d + 0.0 : d;
      }
      if (u == Basic.DURATION) {
        return new GoDuration(toLong(v));
      }
      return toLong(v);
    }
    return v;
  }
}
