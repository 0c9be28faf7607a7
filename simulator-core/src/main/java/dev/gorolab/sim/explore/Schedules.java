package dev.gorolab.sim.explore;

/**
 * A schedule as text: the choices separated by commas, e.g. {@code 0,2,1}; a run of one choice
 * repeated is written {@code CHOICE*COUNT}, e.g. {@code 0*120,1}.
 */
public final class Schedules {
  private Schedules() {}

  public static String format(int[] choices) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < choices.length; ) {
      int j = i;
      while (j < choices.length && choices[j] == choices[i]) {
        j++;
      }
      int run = j - i;
      if (b.length() > 0) {
        b.append(',');
      }
      if (run >= 3) {
        b.append(choices[i]).append('*').append(run);
        i = j;
      } else {
        b.append(choices[i]);
        i++;
      }
    }
    return b.toString();
  }

  /** {@code choices} without its trailing zeros, which a schedule takes anyway once its list ends. */
  public static int[] trim(int[] choices) {
    int n = choices.length;
    while (n > 0 && choices[n - 1] == 0) {
      n--;
    }
    return java.util.Arrays.copyOf(choices, n);
  }

  /** Parses {@code text}; throws IllegalArgumentException saying what is wrong. */
  public static int[] parse(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return new int[0];
    }
    String[] parts = t.split(",");
    int[] out = new int[parts.length];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      int star = part.indexOf('*');
      int value;
      int count;
      try {
        value = Integer.parseInt(star < 0 ? part : part.substring(0, star));
        count = star < 0 ? 1 : Integer.parseInt(part.substring(star + 1));
      } catch (NumberFormatException e) {
        value = -1;
        count = 0;
      }
      if (value < 0 || count < 1) {
        throw new IllegalArgumentException("choice " + (n + 1) + " of the schedule is \"" + part
            + "\", expected a whole number 0 or more, or N*COUNT");
      }
      if (n + count > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + count + parts.length));
      }
      for (int k = 0; k < count; k++) {
        out[n++] = value;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
