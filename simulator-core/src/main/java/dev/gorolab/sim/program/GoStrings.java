package dev.gorolab.sim.program;

/** Go's {@code strconv.Quote} and {@code strconv.QuoteRune}. */
public final class GoStrings {
  private GoStrings() {}

  /** {@code strconv.Quote(s)}: a double-quoted Go string literal; printable runes kept as they are. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append('"');
    s.codePoints().forEach(cp -> appendEscaped(sb, cp, '"'));
    sb.append('"');
    return sb.toString();
  }

  /** {@code strconv.QuoteRune(r)}: a single-quoted Go rune literal. */
  public static String quoteRune(int cp) {
    StringBuilder sb = new StringBuilder();
    sb.append('\'');
    appendEscaped(sb, cp, '\'');
    sb.append('\'');
    return sb.toString();
  }

  private static void appendEscaped(StringBuilder sb, int cp, char quote) {
    if (cp == quote || cp == '\\') {
      sb.append('\\').appendCodePoint(cp);
      return;
    }
    if (isPrint(cp)) {
      sb.appendCodePoint(cp);
      return;
    }
    switch (cp) {
      case 7 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 11 -> sb.append("\\v");
      default -> {
        if (cp < ' ' || cp == 0x7f) {
          sb.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
          sb.append(String.format("\\u%04x", cp));
        } else {
          sb.append(String.format("\\U%08x", cp));
        }
      }
    }
  }

  /** An approximation of Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
  static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    return switch (type) {
      case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
          Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}
