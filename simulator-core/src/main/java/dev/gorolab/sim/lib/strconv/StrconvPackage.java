package dev.gorolab.sim.lib.strconv;

import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.lib.errors.ErrorValue;
import dev.gorolab.sim.program.GoError;
import dev.gorolab.sim.program.GoFloats;
import dev.gorolab.sim.program.GoStrings;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Package {@code strconv} (go1.19 strconv/atoi.go, itoa.go, quote.go, atob.go): the parsers are
 * ports of Go's, so that what they accept, the value they return with an error and the error's
 * words are Go's ({@code strconv.Atoi: parsing "99999999999999999999": value out of range} with
 * the value clamped to the largest int).
 */
public final class StrconvPackage {
  private StrconvPackage() {}

  /** {@code strconv.ErrSyntax} and {@code strconv.ErrRange}: one value each, as errors.Is compares them. */
  static final ErrorValue ERR_SYNTAX = ErrorValue.of("invalid syntax");
  static final ErrorValue ERR_RANGE = ErrorValue.of("value out of range");

  private static final GoType S = Basic.STRING;
  private static final GoType I = Basic.INT;
  private static final GoType E = GoType.ERROR;

  private static GoType.Func fn(List<GoType> params, GoType... results) {
    return new GoType.Func(params, List.of(results));
  }

  public static void register(Packages.Registry r) {
    r.variable("ErrSyntax", E, ERR_SYNTAX);
    r.variable("ErrRange", E, ERR_RANGE);
    r.member("Itoa", fn(List.of(I), S), (c, a) -> Long.toString((Long) a[0]));
    r.member("Atoi", fn(List.of(S), I, E), (c, a) -> atoi((String) a[0]));
    r.member("ParseInt", fn(List.of(S, I, I), Basic.INT64, E),
        (c, a) -> parseInt((String) a[0], (int) (long) (Long) a[1], (int) (long) (Long) a[2], "ParseInt"));
    r.member("ParseUint", fn(List.of(S, I, I), Basic.UINT64, E),
        (c, a) -> parseUint((String) a[0], (int) (long) (Long) a[1], (int) (long) (Long) a[2], "ParseUint"));
    r.member("FormatInt", fn(List.of(Basic.INT64, I), S), (c, a) -> Long.toString((Long) a[0], base((Long) a[1])));
    r.member("FormatUint", fn(List.of(Basic.UINT64, I), S),
        (c, a) -> Long.toUnsignedString((Long) a[0], base((Long) a[1])));
    r.member("Quote", fn(List.of(S), S), (c, a) -> GoStrings.quote((String) a[0]));
    r.member("QuoteRune", fn(List.of(Basic.INT32), S), (c, a) -> GoStrings.quoteRune((int) (long) (Long) a[0]));
    r.member("Unquote", fn(List.of(S), S, E), (c, a) -> {
      String u = Unquote.unquote((String) a[0]);
      return u == null ? new Object[] {"", ERR_SYNTAX} : new Object[] {u, null};
    });
    r.member("ParseBool", fn(List.of(S), Basic.BOOL, E), (c, a) -> switch ((String) a[0]) {
      case "1", "t", "T", "TRUE", "true", "True" -> new Object[] {true, null};
      case "0", "f", "F", "FALSE", "false", "False" -> new Object[] {false, null};
      default -> new Object[] {false, new NumError("ParseBool", (String) a[0], ERR_SYNTAX)};
    });
    r.member("FormatBool", fn(List.of(Basic.BOOL), S), (c, a) -> a[0].toString());
    r.member("FormatFloat", fn(List.of(Basic.FLOAT64, Basic.UINT8, I, I), S),
        (c, a) -> formatFloat((Double) a[0], (int) (long) (Long) a[1], (int) (long) (Long) a[2], (int) (long) (Long) a[3]));
    r.member("ParseFloat", fn(List.of(S, I), Basic.FLOAT64, E), (c, a) -> parseFloat((String) a[0], (int) (long) (Long) a[1]));
  }

  private static int base(long b) {
    if (b < 2 || b > 36) {
      throw new LibPanic("strconv: illegal AppendInt/FormatInt base");
    }
    return (int) b;
  }

  /** atoi.go Atoi: a fast path for short decimal strings, else ParseInt(s, 10, 0) named Atoi. */
  static Object[] atoi(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > 0 && b.length < 19) {
      int i = 0;
      if (b[0] == '-' || b[0] == '+') {
        i = 1;
        if (b.length < 2) {
          return new Object[] {0L, new NumError("Atoi", s, ERR_SYNTAX)};
        }
      }
      long n = 0;
      for (; i < b.length; i++) {
        int d = (b[i] & 0xff) - '0';
        if (d < 0 || d > 9) {
          return new Object[] {0L, new NumError("Atoi", s, ERR_SYNTAX)};
        }
        n = n * 10 + d;
      }
      return new Object[] {b[0] == '-' ? -n : n, null};
    }
    Object[] r = parseInt(s, 10, 0, "Atoi");
    return r;
  }

  /** atoi.go ParseInt: sign, then ParseUint; out of range gives the nearest limit and ErrRange. */
  static Object[] parseInt(String s, int base, int bitSize, String func) {
    if (s.isEmpty()) {
      return new Object[] {0L, new NumError(func, s, ERR_SYNTAX)};
    }
    String s0 = s;
    boolean neg = false;
    if (s.charAt(0) == '+') {
      s = s.substring(1);
    } else if (s.charAt(0) == '-') {
      neg = true;
      s = s.substring(1);
    }
    Object[] u = parseUint(s, base, bitSize, func);
    if (u[1] instanceof NumError ne && ne.err != ERR_RANGE) {
      return new Object[] {0L, new NumError(func, s0, ne.err)};
    }
    long un = (Long) u[0];
    if (bitSize == 0) {
      bitSize = 64;
    }
    long cutoff = 1L << (bitSize - 1); // as uint64: 1<<63 is Long.MIN_VALUE
    if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
      return new Object[] {cutoff - 1, new NumError(func, s0, ERR_RANGE)};
    }
    if (neg && Long.compareUnsigned(un, cutoff) > 0) {
      return new Object[] {-cutoff, new NumError(func, s0, ERR_RANGE)};
    }
    return new Object[] {neg ? -un : un, null};
  }

  /** atoi.go ParseUint: base 0 reads a 0b/0o/0x/0 prefix and allows underscores. */
  static Object[] parseUint(String s, int base, int bitSize, String func) {
    if (s.isEmpty()) {
      return new Object[] {0L, new NumError(func, s, ERR_SYNTAX)};
    }
    boolean base0 = base == 0;
    String s0 = s;
    if (base == 0) {
      base = 10;
      if (s.charAt(0) == '0') {
        char p = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
        if (p == 'b') {
          base = 2;
          s = s.substring(2);
        } else if (p == 'o') {
          base = 8;
          s = s.substring(2);
        } else if (p == 'x') {
          base = 16;
          s = s.substring(2);
        } else {
          base = 8;
          s = s.substring(1);
        }
      }
    } else if (base < 2 || base > 36) {
      return new Object[] {0L, new NumError(func, s0, ErrorValue.of("invalid base " + base))};
    }
    if (bitSize == 0) {
      bitSize = 64;
    } else if (bitSize < 0 || bitSize > 64) {
      return new Object[] {0L, new NumError(func, s0, ErrorValue.of("invalid bit size " + bitSize))};
    }
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
    boolean underscores = false;
    long n = 0;
    for (byte raw : s.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      int d;
      int lower = c | 0x20;
      if (c == '_' && base0) {
        underscores = true;
        continue;
      } else if ('0' <= c && c <= '9') {
        d = c - '0';
      } else if ('a' <= lower && lower <= 'z') {
        d = lower - 'a' + 10;
      } else {
        return new Object[] {0L, new NumError(func, s0, ERR_SYNTAX)};
      }
      if (d >= base) {
        return new Object[] {0L, new NumError(func, s0, ERR_SYNTAX)};
      }
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        return new Object[] {maxVal, new NumError(func, s0, ERR_RANGE)};
      }
      n *= base;
      long n1 = n + d;
      if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
        return new Object[] {maxVal, new NumError(func, s0, ERR_RANGE)};
      }
      n = n1;
    }
    if (underscores && !underscoreOk(s0)) {
      return new Object[] {0L, new NumError(func, s0, ERR_SYNTAX)};
    }
    return new Object[] {n, null};
  }

  /** atoi.go underscoreOK: underscores only between digits, or after a base prefix. */
  static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0') {
      char p = Character.toLowerCase(s.charAt(1));
      if (p == 'b' || p == 'o' || p == 'x') {
        i = 2;
        saw = '0';
        hex = p == 'x';
      }
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      char lower = Character.toLowerCase(c);
      if (('0' <= c && c <= '9') || hex && 'a' <= lower && lower <= 'f') {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }

  static String formatFloat(double f, int fmt, int prec, int bitSize) {
    return switch (fmt) {
      case 'f' -> GoFloats.formatF(f, prec < 0 ? 6 : prec);
      case 'e' -> GoFloats.formatE(f, prec < 0 ? 6 : prec);
      case 'E' -> GoFloats.formatE(f, prec < 0 ? 6 : prec).toUpperCase(java.util.Locale.ROOT);
      case 'g' -> bitSize == 32 ? GoFloats.formatG(f, prec, 32) : GoFloats.formatG(f, prec);
      case 'G' -> (bitSize == 32 ? GoFloats.formatG(f, prec, 32) : GoFloats.formatG(f, prec)).toUpperCase(java.util.Locale.ROOT);
      default -> "%" + (char) fmt;
    };
  }

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** ParseFloat for decimal text and Go's spellings of infinity and NaN; out of range gives ±Inf and ErrRange. */
  static Object[] parseFloat(String s, int bitSize) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean neg = lower.startsWith("-");
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return new Object[] {neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, null};
    }
    if (unsigned.equals("nan") && !lower.startsWith("+") && !neg) {
      return new Object[] {Double.NaN, null};
    }
    if (!DECIMAL.matcher(s).matches()) {
      return new Object[] {0.0, new NumError("ParseFloat", s, ERR_SYNTAX)};
    }
    double d = Double.parseDouble(s);
    if (bitSize == 32) {
      float f = (float) d;
      if (Float.isInfinite(f)) {
        return new Object[] {(double) f, new NumError("ParseFloat", s, ERR_RANGE)};
      }
      return new Object[] {(double) f, null};
    }
    if (Double.isInfinite(d)) {
      return new Object[] {d, new NumError("ParseFloat", s, ERR_RANGE)};
    }
    return new Object[] {d, null};
  }

  /** The error values this package makes, for tests. */
  static GoError syntaxError(String func, String num) {
    return new NumError(func, num, ERR_SYNTAX);
  }
}
