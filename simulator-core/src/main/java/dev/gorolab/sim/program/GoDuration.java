package dev.gorolab.sim.program;

/** A Go {@code time.Duration} value; {@code toString()} is Go's {@code Duration.String()}, e.g. {@code 1.5s}. */
public record GoDuration(long nanos) {

  /** Go's {@code d.Round(m)}: to the nearest multiple of m, halfway away from zero; saturating. */
  public static GoDuration round(GoDuration dur, GoDuration mul) {
    long d = dur.nanos();
    long m = mul.nanos();
    if (m <= 0) {
      return dur;
    }
    long r = d % m;
    if (d < 0) {
      r = -r;
      if (r + r < m) {
        return new GoDuration(d + r);
      }
      long d1 = d - m + r;
      return new GoDuration(d1 < d ? d1 : Long.MIN_VALUE);
    }
    if (r + r < m) {
      return new GoDuration(d - r);
    }
    long d1 = d + m - r;
    return new GoDuration(d1 > d ? d1 : Long.MAX_VALUE);
  }

  @Override
  public String toString() {
    return format(nanos);
  }

  /** Go's {@code time.Duration(nanos).String()}: {@code 0s}, {@code 150µs}, {@code 2ms}, {@code 1m30s}. */
  public static String format(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    boolean neg = nanos < 0;
    // Go works on the unsigned magnitude; Long.MIN_VALUE's magnitude fits when read unsigned.
    long u = neg ? -nanos : nanos;
    StringBuilder out = new StringBuilder();
    if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
      int prec;
      String unit;
      if (u < 1_000L) {
        prec = 0;
        unit = "ns";
      } else if (u < 1_000_000L) {
        prec = 3;
        unit = "µs";
      } else {
        prec = 6;
        unit = "ms";
      }
      long pow = pow10(prec);
      out.append(Long.toUnsignedString(Long.divideUnsigned(u, pow)));
      out.append(frac(Long.remainderUnsigned(u, pow), prec));
      out.append(unit);
    } else {
      long secs = Long.divideUnsigned(u, 1_000_000_000L);
      String fraction = frac(Long.remainderUnsigned(u, 1_000_000_000L), 9);
      long minutes = secs / 60;
      long hours = minutes / 60;
      if (hours > 0) {
        out.append(hours).append('h').append(minutes % 60).append('m');
      } else if (minutes > 0) {
        out.append(minutes).append('m');
      }
      out.append(secs % 60).append(fraction).append('s');
    }
    return neg ? "-" + out : out.toString();
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /** ".12345" for the {@code prec}-digit fraction {@code f}, trailing zeros omitted; "" for 0. */
  private static String frac(long f, int prec) {
    if (f == 0 || prec == 0) {
      return "";
    }
    String digits = String.format("%0" + prec + "d", f);
    int end = digits.length();
    while (end > 0 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return "." + digits.substring(0, end);
  }

  /** {@code d.Seconds()}. */
  public double seconds() {
    long sec = nanos / 1_000_000_000L;
    long nsec = nanos % 1_000_000_000L;
    return sec + nsec / 1e9;
  }
}
