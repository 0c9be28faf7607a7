package dev.gorolab.sim.trace;

/** Renders model values for sentences: Go strings quoted as {@code %q} would, nil as {@code nil}. */
final class Values {
  private Values() {}

  static String quote(Object value) {
    if (value == null) {
      return "nil";
    }
    if (!(value instanceof String s)) {
      return value.toString();
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
