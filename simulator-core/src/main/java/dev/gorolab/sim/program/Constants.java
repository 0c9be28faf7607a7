package dev.gorolab.sim.program;

import dev.gorolab.sim.program.GoType.Basic;

/** Constant values of the checker: folding and conversion, as go/constant does for untyped constants. */
final class Constants {
  private Constants() {}

  static Object foldConst(String op, Object a, Object b, GoType type) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return op.equals("&&") ? x && y : x || y;
    }
    if (a instanceof String x && b instanceof String y) {
      return x + y;
    }
    boolean floating = type == Basic.UNTYPED_FLOAT || type == Basic.FLOAT64;
    if (floating) {
      double x = toDouble(a);
      double y = toDouble(b);
      return switch (op) {
        case "+" -> x + y;
        case "-" -> x - y;
        case "*" -> x * y;
        case "/" -> x / y;
        default -> (double) foldInt(op, (long) x, (long) y);
      };
    }
    return foldInt(op, toLong(a), toLong(b));
  }

  static long foldInt(String op, long x, long y) {
    return switch (op) {
      case "+" -> x + y;
      case "-" -> x - y;
      case "*" -> x * y;
      case "/" -> x / y;
      case "%" -> x % y;
      case "&" -> x & y;
      case "|" -> x | y;
      case "^" -> x ^ y;
      case "&^" -> x & ~y;
      default -> 0;
    };
  }

  static boolean compareConst(String op, Object a, Object b) {
    int c;
    if (a instanceof String x && b instanceof String y) {
      c = x.compareTo(y);
    } else if (a instanceof Boolean x && b instanceof Boolean y) {
      c = x.equals(y) ? 0 : 1;
    } else {
      c = Double.compare(toDouble(a), toDouble(b));
    }
    return switch (op) {
      case "==" -> c == 0;
      case "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }


  static boolean isIntegral(Object v) {
    if (v instanceof Long) {
      return true;
    }
    return v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d);
  }

  static long toLong(Object v) {
    return v instanceof Long l ? l : (long) (double) (Double) v;
  }

  static double toDouble(Object v) {
    return v instanceof Long l ? (double) l : v instanceof Double d ? d : 0;
  }
}
