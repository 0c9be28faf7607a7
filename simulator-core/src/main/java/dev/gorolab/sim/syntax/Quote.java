package dev.gorolab.sim.syntax;

/** Go's ways of quoting characters in compiler messages ({@code %#U}, {@code %q} of a rune). */
final class Quote {
  private Quote() {}

  /** Go's {@code %#U}: {@code U+0040 '@'}, or {@code U+0000} for an unprintable character. */
  static String codePoint(int c) {
    String hex = String.format("U+%04X", c);
    return isPrint(c) ? hex + " '" + new String(Character.toChars(c)) + "'" : hex;
  }

  /** Go's {@code %q} of a rune: {@code 'x'}, {@code '\n'}, {@code '\x00'}. */
  static String rune(int c) {
    return switch (c) {
      case '\'' -> "'\\''";
      case '\\' -> "'\\\\'";
      case '\n' -> "'\\n'";
      case '\t' -> "'\\t'";
      case '\r' -> "'\\r'";
      case 7 -> "'\\a'";
      case '\b' -> "'\\b'";
      case '\f' -> "'\\f'";
      case 11 -> "'\\v'";
      default -> {
        if (isPrint(c)) {
          yield "'" + new String(Character.toChars(c)) + "'";
        }
        yield c < 0x100 ? String.format("'\\x%02x'", c) : c < 0x10000 ? String.format("'\\u%04x'", c)
            : String.format("'\\U%08x'", c);
      }
    };
  }

  /** Go's {@code %q} of a string. */
  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (isPrint(c)) {
            b.appendCodePoint(c);
          } else if (c < 0x100) {
            b.append(String.format("\\x%02x", c));
          } else if (c < 0x10000) {
            b.append(String.format("\\u%04x", c));
          } else {
            b.append(String.format("\\U%08x", c));
          }
        }
      }
    });
    return b.append('"').toString();
  }

  // Close to Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
  static boolean isPrint(int c) {
    if (c == ' ') {
      return true;
    }
    if (c < 0 || !Character.isDefined(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}
