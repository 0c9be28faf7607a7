package dev.gorolab.sim.lib.strings;

import dev.gorolab.sim.lib.LibPanic;
import dev.gorolab.sim.lib.Packages;
import dev.gorolab.sim.program.GoSlice;
import dev.gorolab.sim.program.GoType;
import dev.gorolab.sim.program.GoType.Basic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Package {@code strings} (go1.19 strings/strings.go, strings/builder.go). Go strings are bytes:
 * indexes and lengths here are UTF-8 byte offsets, as Go returns them; case mapping and white
 * space are per rune with Unicode's rules as package {@code unicode} has them.
 */
public final class StringsPackage {
  private StringsPackage() {}

  static final GoType.Slice STRINGS = new GoType.Slice(Basic.STRING);
  private static final GoType S = Basic.STRING;
  private static final GoType I = Basic.INT;
  private static final GoType B = Basic.BOOL;

  private static GoType.Func fn(List<GoType> params, GoType... results) {
    return new GoType.Func(params, List.of(results));
  }

  public static void register(Packages.Registry r) {
    r.member("Join", fn(List.of(STRINGS, S), S), (c, a) -> join((GoSlice) a[0], str(a[1])));
    r.member("Repeat", fn(List.of(S, I), S), (c, a) -> {
      long n = (Long) a[1];
      if (n < 0) {
        throw new LibPanic("strings: negative Repeat count");
      }
      if (str(a[0]).length() * n > Integer.MAX_VALUE / 2) {
        throw new LibPanic("strings: Repeat count causes overflow");
      }
      return str(a[0]).repeat((int) n);
    });
    r.member("Split", fn(List.of(S, S), STRINGS), (c, a) -> slice(split(str(a[0]), str(a[1]), -1)));
    r.member("SplitN", fn(List.of(S, S, I), STRINGS), (c, a) -> {
      long n = (Long) a[2];
      return n == 0 ? null : slice(split(str(a[0]), str(a[1]), (int) Math.max(-1, Math.min(n, Integer.MAX_VALUE))));
    });
    r.member("Fields", fn(List.of(S), STRINGS), (c, a) -> slice(fields(str(a[0]))));
    r.member("ToUpper", fn(List.of(S), S), (c, a) -> mapRunes(str(a[0]), true));
    r.member("ToLower", fn(List.of(S), S), (c, a) -> mapRunes(str(a[0]), false));
    r.member("Title", fn(List.of(S), S), (c, a) -> title(str(a[0])));
    r.member("Contains", fn(List.of(S, S), B), (c, a) -> str(a[0]).contains(str(a[1])));
    r.member("ContainsRune", fn(List.of(S, Basic.INT32), B), (c, a) -> indexRune(str(a[0]), (Long) a[1]) >= 0);
    r.member("ContainsAny", fn(List.of(S, S), B), (c, a) -> indexAny(str(a[0]), str(a[1])) >= 0);
    r.member("HasPrefix", fn(List.of(S, S), B), (c, a) -> str(a[0]).startsWith(str(a[1])));
    r.member("HasSuffix", fn(List.of(S, S), B), (c, a) -> str(a[0]).endsWith(str(a[1])));
    r.member("TrimSpace", fn(List.of(S), S), (c, a) -> trimFunc(str(a[0]), StringsPackage::isSpace, true, true));
    r.member("Trim", fn(List.of(S, S), S), (c, a) -> trimFunc(str(a[0]), in(str(a[1])), true, true));
    r.member("TrimLeft", fn(List.of(S, S), S), (c, a) -> trimFunc(str(a[0]), in(str(a[1])), true, false));
    r.member("TrimRight", fn(List.of(S, S), S), (c, a) -> trimFunc(str(a[0]), in(str(a[1])), false, true));
    r.member("TrimPrefix", fn(List.of(S, S), S), (c, a) -> {
      String s = str(a[0]);
      return s.startsWith(str(a[1])) ? s.substring(str(a[1]).length()) : s;
    });
    r.member("TrimSuffix", fn(List.of(S, S), S), (c, a) -> {
      String s = str(a[0]);
      return s.endsWith(str(a[1])) ? s.substring(0, s.length() - str(a[1]).length()) : s;
    });
    r.member("Index", fn(List.of(S, S), I), (c, a) -> bytePos(str(a[0]), str(a[0]).indexOf(str(a[1]))));
    r.member("LastIndex", fn(List.of(S, S), I), (c, a) -> bytePos(str(a[0]), str(a[0]).lastIndexOf(str(a[1]))));
    r.member("IndexByte", fn(List.of(S, Basic.UINT8), I), (c, a) -> {
      byte[] b = bytes(str(a[0]));
      for (int i = 0; i < b.length; i++) {
        if ((b[i] & 0xff) == (Long) a[1]) {
          return (long) i;
        }
      }
      return -1L;
    });
    r.member("IndexRune", fn(List.of(S, Basic.INT32), I), (c, a) -> indexRune(str(a[0]), (Long) a[1]));
    r.member("IndexAny", fn(List.of(S, S), I), (c, a) -> indexAny(str(a[0]), str(a[1])));
    r.member("Count", fn(List.of(S, S), I), (c, a) -> count(str(a[0]), str(a[1])));
    r.member("Replace", fn(List.of(S, S, S, I), S), (c, a) -> replace(str(a[0]), str(a[1]), str(a[2]), (Long) a[3]));
    r.member("ReplaceAll", fn(List.of(S, S, S), S), (c, a) -> replace(str(a[0]), str(a[1]), str(a[2]), -1));
    r.member("EqualFold", fn(List.of(S, S), B), (c, a) -> equalFold(str(a[0]), str(a[1])));
    r.member("Compare", fn(List.of(S, S), I), (c, a) -> (long) Integer.signum(compareBytes(str(a[0]), str(a[1]))));
    BuilderValue.register(r);
  }

  static String str(Object v) {
    return (String) v;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The UTF-8 byte offset of Java char index {@code i} of {@code s} (-1 stays -1). */
  static long bytePos(String s, int i) {
    return i < 0 ? -1 : bytes(s.substring(0, i)).length;
  }

  static GoSlice slice(List<String> parts) {
    return GoSlice.of(STRINGS, parts.toArray());
  }

  static String join(GoSlice elems, String sep) {
    if (elems == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < elems.len(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append((String) elems.get(i));
    }
    return sb.toString();
  }

  /** genSplit with sepSave 0: at most {@code n} parts ({@code n < 0}: all); an empty sep splits into runes. */
  static List<String> split(String s, String sep, int n) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      // explode: one part per UTF-8 sequence, the last holding the rest
      int i = 0;
      while (i < s.length()) {
        if (n > 0 && out.size() == n - 1) {
          out.add(s.substring(i));
          return out;
        }
        int next = s.offsetByCodePoints(i, 1);
        out.add(s.substring(i, next));
        i = next;
      }
      return out;
    }
    int start = 0;
    while (n < 0 || out.size() < n - 1) {
      int m = s.indexOf(sep, start);
      if (m < 0) {
        break;
      }
      out.add(s.substring(start, m));
      start = m + sep.length();
    }
    out.add(s.substring(start));
    return out;
  }

  static List<String> fields(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isSpace(cp)) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** unicode.IsSpace: the Latin-1 spaces, and Unicode's White_Space (Java's space separators). */
  static boolean isSpace(int cp) {
    return switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
      default -> cp > 0xFF && Character.isSpaceChar(cp);
    };
  }

  static String mapRunes(String s, boolean upper) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
    return sb.toString();
  }

  /** strings.Title (deprecated in Go, still used): upper-cases each letter that starts a word. */
  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int prev = ' ';
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(cp) : cp);
      prev = cp;
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** strings.isSeparator: what ends a word for Title. */
  private static boolean isSeparator(int r) {
    if (r <= 0x7F) {
      return !(('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_');
    }
    if (Character.isLetter(r) || Character.isDigit(r)) {
      return false;
    }
    return isSpace(r);
  }

  interface RunePredicate {
    boolean test(int cp);
  }

  static RunePredicate in(String cutset) {
    return cp -> cutset.codePoints().anyMatch(x -> x == cp);
  }

  static String trimFunc(String s, RunePredicate drop, boolean left, boolean right) {
    int start = 0;
    int end = s.length();
    if (left) {
      while (start < end && drop.test(s.codePointAt(start))) {
        start += Character.charCount(s.codePointAt(start));
      }
    }
    if (right) {
      while (end > start && drop.test(s.codePointBefore(end))) {
        end -= Character.charCount(s.codePointBefore(end));
      }
    }
    return s.substring(start, end);
  }

  static long indexRune(String s, long r) {
    if (r < 0 || r > Character.MAX_CODE_POINT) {
      return -1;
    }
    return bytePos(s, s.indexOf(new String(Character.toChars((int) r))));
  }

  static long indexAny(String s, String chars) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (chars.codePoints().anyMatch(x -> x == cp)) {
        return bytePos(s, i);
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  static long count(String s, String sub) {
    if (sub.isEmpty()) {
      return s.codePointCount(0, s.length()) + 1L;
    }
    long n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
      n++;
    }
    return n;
  }

  /** strings.Replace: the first {@code n} non-overlapping matches ({@code n < 0}: all); "" matches at each rune boundary. */
  static String replace(String s, String old, String repl, long n) {
    if (old.equals(repl) || n == 0) {
      return s;
    }
    long m = count(s, old);
    if (m == 0) {
      return s;
    }
    if (n < 0 || m < n) {
      n = m;
    }
    StringBuilder sb = new StringBuilder();
    int start = 0;
    for (long i = 0; i < n; i++) {
      int j = start;
      if (old.isEmpty()) {
        if (i > 0) {
          j += Character.charCount(s.codePointAt(start));
        }
      } else {
        j = s.indexOf(old, start);
      }
      sb.append(s, start, j).append(repl);
      start = j + old.length();
    }
    sb.append(s.substring(start));
    return sb.toString();
  }

  static boolean equalFold(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i] != y[i] && Character.toLowerCase(x[i]) != Character.toLowerCase(y[i])
          && Character.toUpperCase(x[i]) != Character.toUpperCase(y[i])) {
        return false;
      }
    }
    return true;
  }

  /** Go compares strings by bytes (UTF-8), which orders as code points do. */
  static int compareBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(bytes(a), bytes(b));
  }
}
