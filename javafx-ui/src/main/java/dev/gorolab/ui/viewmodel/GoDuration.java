package dev.gorolab.ui.viewmodel;

/** Formats virtual nanoseconds as Go's {@code time.Duration.String()} does ({@code 1.5s}, {@code 250µs}, {@code 0s}). */
public final class GoDuration {
  private GoDuration() {}

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
      return sign + decimal(n, 1_000L) + "µs";
    }
    if (n < 1_000_000_000L) {
      return sign + decimal(n, 1_000_000L) + "ms";
    }
    long totalSeconds = n / 1_000_000_000L;
    long rest = n % 1_000_000_000L;
    long hours = totalSeconds / 3600;
    long minutes = (totalSeconds % 3600) / 60;
    long seconds = totalSeconds % 60;
    StringBuilder b = new StringBuilder(sign);
    if (hours > 0) {
      b.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      b.append(minutes).append('m');
    }
    b.append(decimal(seconds * 1_000_000_000L + rest, 1_000_000_000L)).append('s');
    return b.toString();
  }

  private static String decimal(long n, long unit) {
    long whole = n / unit;
    long frac = n % unit;
    if (frac == 0) {
      return Long.toString(whole);
    }
    String digits = Long.toString(unit + frac).substring(1);
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    return whole + "." + digits.substring(0, end);
  }
}
