package dev.gorolab.sim.lib.strconv;

/** strconv.Unquote (quote.go): a Go string literal in "", `` or '' to its value, or null when it is not one. */
final class Unquote {
  private Unquote() {}

  static String unquote(String s) {
    int n = s.length();
    if (n < 2) {
      return null;
    }
    char q = s.charAt(0);
    if (q != s.charAt(n - 1)) {
      return null;
    }
    String body = s.substring(1, n - 1);
    if (q == '`') {
      return body.indexOf('`') >= 0 ? null : body.replace("\r", "");
    }
    if (q != '"' && q != '\'') {
      return null;
    }
    if (body.indexOf('\n') >= 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int runes = 0;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == q && q == '\'' || c == q) {
        return null;
      }
      if (c != '\\') {
        flush(bytes, out);
        int cp = body.codePointAt(i);
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        runes++;
        continue;
      }
      if (i + 1 >= body.length()) {
        return null;
      }
      char e = body.charAt(i + 1);
      i += 2;
      runes++;
      switch (e) {
        case 'a' -> add(bytes, out, 7);
        case 'b' -> add(bytes, out, 8);
        case 'f' -> add(bytes, out, 12);
        case 'n' -> add(bytes, out, 10);
        case 'r' -> add(bytes, out, 13);
        case 't' -> add(bytes, out, 9);
        case 'v' -> add(bytes, out, 11);
        case '\\' -> add(bytes, out, '\\');
        case '\'', '"' -> {
          if (e != q) {
            return null;
          }
          add(bytes, out, e);
        }
        case 'x', 'u', 'U' -> {
          int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + len > body.length()) {
            return null;
          }
          int v;
          try {
            v = Integer.parseUnsignedInt(body.substring(i, i + len), 16);
          } catch (NumberFormatException ex) {
            return null;
          }
          i += len;
          if (e == 'x') {
            if (q == '\'') {
              add(bytes, out, v);
            } else {
              bytes.write(v); // a single byte of a string
            }
          } else {
            if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
              return null;
            }
            flush(bytes, out);
            out.appendCodePoint(v);
          }
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 2 > body.length()) {
            return null;
          }
          int v = 0;
          String oct = e + body.substring(i, i + 2);
          for (char d : oct.toCharArray()) {
            if (d < '0' || d > '7') {
              return null;
            }
            v = v * 8 + (d - '0');
          }
          if (v > 255) {
            return null;
          }
          i += 2;
          bytes.write(v);
        }
        default -> {
          return null;
        }
      }
    }
    flush(bytes, out);
    if (q == '\'' && runes != 1) {
      return null;
    }
    return out.toString();
  }

  private static void add(java.io.ByteArrayOutputStream bytes, StringBuilder out, int cp) {
    flush(bytes, out);
    out.appendCodePoint(cp);
  }

  private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
      bytes.reset();
    }
  }
}
