package dev.gorolab.sim.explore;

/** A schedule as text: the choices separated by commas, e.g. {@code 0,2,1}. */
public final class Schedules {
  private Schedules() {}

  public static String format(int[] choices) {
    StringBuilder b = new StringBuilder();
    for (int c : choices) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(c);
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
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("choice " + (i + 1) + " of the schedule is \"" + parts[i].trim()
            + "\", expected a whole number 0 or more");
      }
      if (out[i] < 0) {
        throw new IllegalArgumentException("choice " + (i + 1) + " of the schedule is " + out[i]
            + ", expected a whole number 0 or more");
      }
    }
    return out;
  }
}
