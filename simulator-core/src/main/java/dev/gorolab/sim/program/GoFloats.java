package dev.gorolab.sim.program;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat} for float64 in formats {@code e}, {@code f} and {@code g},
 * shortest or with a precision. Rounds the exact binary value half-to-even, as Go does.
 */
public final class GoFloats {
  private GoFloats() {}

  /** Decimal digits without trailing zeros; the value is {@code 0.digits × 10^dp}. */
  private record Digits(String digits, int dp) {
    int nd() {
      return digits.length();
    }
  }

  private static Digits fromBigDecimal(BigDecimal b) {
    if (b.signum() == 0) {
      return new Digits("", 0);
    }
    BigDecimal s = b.abs().stripTrailingZeros();
    String unscaled = s.unscaledValue().toString();
    int dp = unscaled.length() - s.scale();
    return new Digits(unscaled, dp);
  }

  private static Digits shortest(double v, int bitSize) {
    if (v == 0) {
      return new Digits("", 0);
    }
    BigDecimal exact = new BigDecimal(v);
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (bitSize == 32 ? r.floatValue() == (float) v : r.doubleValue() == v) {
        return fromBigDecimal(r);
      }
    }
    return fromBigDecimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  private static Digits significant(double v, int sig) {
    if (v == 0) {
      return new Digits("", 0);
    }
    return fromBigDecimal(new BigDecimal(v).round(new MathContext(sig, RoundingMode.HALF_EVEN)));
  }

  private static String special(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    return null;
  }

  private static boolean negative(double v) {
    return v < 0 || (v == 0 && 1 / v < 0);
  }

  /** {@code strconv.FormatFloat(v, 'g', prec, 64)}; {@code prec < 0} means shortest (Go's {@code %v}). */
  public static String formatG(double v, int prec) {
    return formatG(v, prec, 64);
  }

  /** {@code strconv.FormatFloat(v, 'g', prec, bitSize)}: a float32 has its own shortest digits. */
  public static String formatG(double v, int prec, int bitSize) {
    String sp = special(v);
    if (sp != null) {
      return sp;
    }
    boolean shortest = prec < 0;
    Digits d;
    if (shortest) {
      d = shortest(v, bitSize);
      prec = d.nd();
    } else {
      if (prec == 0) {
        prec = 1;
      }
      d = significant(v, prec);
    }
    int eprec = prec;
    if (eprec > d.nd() && d.nd() >= d.dp()) {
      eprec = d.nd();
    }
    if (shortest) {
      eprec = 6;
    }
    int exp = d.dp() - 1;
    if (v == 0) {
      exp = 0;
    }
    if (exp < -4 || exp >= eprec) {
      if (prec > d.nd()) {
        prec = d.nd();
      }
      return fmtE(negative(v), d, prec - 1);
    }
    if (prec > d.dp()) {
      prec = d.nd();
    }
    return fmtF(negative(v), d, Math.max(prec - d.dp(), 0));
  }

  /** {@code strconv.FormatFloat(v, 'e', prec, 64)}; {@code prec < 0} means shortest. */
  public static String formatE(double v, int prec) {
    String sp = special(v);
    if (sp != null) {
      return sp;
    }
    Digits d;
    if (prec < 0) {
      d = shortest(v, 64);
      prec = Math.max(d.nd() - 1, 0);
    } else {
      d = significant(v, prec + 1);
    }
    return fmtE(negative(v), d, prec);
  }

  /** {@code strconv.FormatFloat(v, 'f', prec, 64)}; {@code prec < 0} means shortest. */
  public static String formatF(double v, int prec) {
    String sp = special(v);
    if (sp != null) {
      return sp;
    }
    Digits d;
    if (prec < 0) {
      d = shortest(v, 64);
      prec = Math.max(d.nd() - d.dp(), 0);
    } else {
      d = v == 0 ? new Digits("", 0) : fromBigDecimal(new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN));
    }
    return fmtF(negative(v), d, prec);
  }

  private static char digit(Digits d, int i) {
    return i >= 0 && i < d.nd() ? d.digits().charAt(i) : '0';
  }

  private static String fmtE(boolean neg, Digits d, int prec) {
    StringBuilder sb = new StringBuilder();
    if (neg) {
      sb.append('-');
    }
    sb.append(d.nd() == 0 ? '0' : d.digits().charAt(0));
    if (prec > 0) {
      sb.append('.');
      for (int i = 1; i <= prec; i++) {
        sb.append(digit(d, i));
      }
    }
    sb.append('e');
    int exp = d.nd() == 0 ? 0 : d.dp() - 1;
    sb.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) {
      sb.append('0');
    }
    sb.append(exp);
    return sb.toString();
  }

  private static String fmtF(boolean neg, Digits d, int prec) {
    StringBuilder sb = new StringBuilder();
    if (neg) {
      sb.append('-');
    }
    if (d.dp() > 0) {
      for (int i = 0; i < d.dp(); i++) {
        sb.append(digit(d, i));
      }
    } else {
      sb.append('0');
    }
    if (prec > 0) {
      sb.append('.');
      for (int i = 0; i < prec; i++) {
        sb.append(digit(d, d.dp() + i));
      }
    }
    return sb.toString();
  }
}
