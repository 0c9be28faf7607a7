package dev.gorolab.sim.trace;

/** Virtual durations and instants written as Go prints a {@code time.Duration}: 1.5s, 2ms, 20µs, 0s. */
public final class Durations {
  private Durations() {}

  public static String format(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    long n = Math.abs(nanos);
    if (n < 1_000L) {
      return sign + n + "ns";
    }
    if (n < 1_000_000L) {
      return sign + decimal(n, 1_000L) + "\u00b5s";
    }
    if (n < 1_000_000_000L) {
      return sign + decimal(n, 1_000_000L) + "ms";
    }
    return sign + decimal(n, 1_000_000_000L) + "s";
  }

  private static String decimal(long n, long unit) {
    long whole = n / unit;
    long frac = n % unit;
    if (frac == 0) {
      return Long.toString(whole);
    }
    String digits = Long.toString(unit + frac).substring(1);
    int end = digits.length();
    while (end > 0 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return whole + "." + digits.substring(0, end);
  }
}
