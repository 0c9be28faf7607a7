package dev.gorolab.scenario.internal;

/** Quoting of user text inside messages, short enough to keep a message on one line. */
public final class Quote {
  private static final int MAX_SHOWN = 40;

  private Quote() {}

  /** {@code "text"}, with control characters escaped and long text cut with an ellipsis. */
  public static String shortString(String text) {
    String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    return "\"" + escape(shown) + "\"";
  }

  /** {@code "text"} with escapes, never cut. */
  public static String string(String text) {
    return "\"" + escape(text) + "\"";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
