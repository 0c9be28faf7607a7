package dev.gorolab.sim.syntax;

import java.math.BigInteger;

/**
 * Values of Go literals the scanner has already checked (Go's strconv.Unquote and the number
 * syntax of the spec); the input is always well-formed here.
 */
final class Literals {
  private Literals() {}

  /** The value of an integer literal: decimal, {@code 0x}, {@code 0o}, {@code 0b} or legacy octal. */
  static BigInteger parseInt(String text) {
    String s = text.replace("_", "");
    if (s.length() > 1 && s.charAt(0) == '0') {
      char p = Character.toLowerCase(s.charAt(1));
      if (p == 'x') {
        return new BigInteger(s.substring(2), 16);
      }
      if (p == 'o') {
        return new BigInteger(s.substring(2), 8);
      }
      if (p == 'b') {
        return new BigInteger(s.substring(2), 2);
      }
      return new BigInteger(s.substring(1), 8);
    }
    return new BigInteger(s);
  }

  /** The value of a floating-point literal, decimal or hexadecimal ({@code 0x1p-2}). */
  static double parseFloat(String text) {
    String s = text.replace("_", "");
    if (s.startsWith("0x") || s.startsWith("0X")) {
      return Double.parseDouble(s); // Java reads hexadecimal floating-point literals as Go writes them
    }
    return Double.parseDouble(s);
  }

  /** The code point of a rune literal such as {@code 'a'} or {@code '\n'}. */
  static int unquoteRune(String text) {
    StringBuilder sb = new StringBuilder();
    unescape(text, 1, text.length() - 1, sb);
    return sb.codePointAt(0);
  }

  /** The value of a string literal, interpreted ({@code "..."}) or raw. */
  static String unquoteString(String text) {
    if (text.startsWith("`")) {
      // Carriage returns inside raw strings are discarded from the value.
      return text.substring(1, text.length() - 1).replace("\r", "");
    }
    StringBuilder sb = new StringBuilder();
    unescape(text, 1, text.length() - 1, sb);
    return sb.toString();
  }

  /**
   * The value of a string literal the scanner has not checked, or null where Go's strconv.Unquote
   * fails (a bad escape such as {@code "\68"}).
   */
  static String unquoteStringOrNull(String text) {
    try {
      return unquoteString(text);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) { // NumberFormatException too
      return null;
    }
  }

  private static void unescape(String s, int from, int to, StringBuilder sb) {
    int i = from;
    // Bytes from \x and octal escapes are collected and decoded as UTF-8, as Go strings hold bytes.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    while (i < to) {
      char c = s.charAt(i);
      if (c != '\\') {
        flush(bytes, sb);
        sb.append(c);
        i++;
        continue;
      }
      char e = s.charAt(i + 1);
      if (e != 'x' && !(e >= '0' && e <= '7')) {
        flush(bytes, sb);
      }
      switch (e) {
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'v' -> sb.append('\u000b');
        case '\\', '\'', '"' -> sb.append(e);
        case 'x' -> {
          bytes.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
          i += 4;
          continue;
        }
        case 'u', 'U' -> {
          int len = e == 'u' ? 4 : 8;
          sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + len), 16));
          i += 2 + len;
          continue;
        }
        default -> {
          bytes.write(Integer.parseInt(s.substring(i + 1, i + 4), 8));
          i += 4;
          continue;
        }
      }
      i += 2;
    }
    flush(bytes, sb);
  }

  private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder sb) {
    if (bytes.size() > 0) {
      sb.append(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
      bytes.reset();
    }
  }
}
