package dev.gorolab.sim.program;

import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} for the duration strings of scenario files. */
final class Durations {

  private static final Pattern DURATION =
      Pattern.compile("[-+]?(((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+|0)");

  private Durations() {}

  static boolean looksLikeDuration(String text) {
    return DURATION.matcher(text).matches();
  }

  /** Parses {@code text}, which matches the duration syntax; {@code column} is for errors. */
  static long parse(String text, int column) {
    int i = 0;
    boolean negative = false;
    if (text.startsWith("-") || text.startsWith("+")) {
      negative = text.startsWith("-");
      i = 1;
    }
    if (text.substring(i).equals("0")) {
      return 0;
    }
    double total = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
        j++;
      }
      double number = Double.parseDouble(text.substring(i, j));
      int k = j;
      while (k < text.length() && !Character.isDigit(text.charAt(k)) && text.charAt(k) != '.') {
        k++;
      }
      String unit = text.substring(j, k);
      long scale =
          switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw new ExprSyntaxException(column, String.format(Messages.SYNTAX_BAD_DURATION, text));
          };
      total += number * scale;
      i = k;
    }
    if (total > Long.MAX_VALUE) {
      throw new ExprSyntaxException(column, String.format(Messages.SYNTAX_BAD_DURATION, text));
    }
    long nanos = Math.round(total);
    return negative ? -nanos : nanos;
  }
}
