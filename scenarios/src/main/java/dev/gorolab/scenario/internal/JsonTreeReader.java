package dev.gorolab.scenario.internal;

import dev.gorolab.scenario.internal.JsonNode.JsonArray;
import dev.gorolab.scenario.internal.JsonNode.JsonBoolean;
import dev.gorolab.scenario.internal.JsonNode.JsonNull;
import dev.gorolab.scenario.internal.JsonNode.JsonNumber;
import dev.gorolab.scenario.internal.JsonNode.JsonObject;
import dev.gorolab.scenario.internal.JsonNode.JsonString;
import dev.gorolab.scenario.internal.JsonNode.Member;
import dev.gorolab.scenario.internal.JsonNode.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strict JSON (RFC 8259) into a {@link JsonNode} tree whose nodes know their line, column and
 * JSON path.
 *
 * <p>Why not Gson's {@code JsonReader}: it reports positions only through {@code toString()}, one
 * past a token's start for strings and brackets but past the whole token for numbers and keywords;
 * its strict-mode messages are mostly "Use JsonReader.setStrictness(Strictness.LENIENT) to accept
 * malformed JSON"; and it accepts raw line breaks inside strings. Lecturers need "expected X but
 * found Y" at the exact character, so this small recursive-descent reader does the syntax, and
 * the tests check its trees against Gson's on every bundled scenario.
 */
public final class JsonTreeReader {
  /** Deepest nesting of objects and arrays accepted; a Go body costs two levels. */
  public static final int MAX_DEPTH = 64;

  /** Longest string accepted, in characters (inline Go source included). */
  public static final int MAX_STRING_CHARS = 65_536;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SIGNATURE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(.*");

  private final SourceText source;
  private final String text;
  private final Problems problems = new Problems();
  private int pos;

  /** A problem found while reading: where, the path, and the message. */
  public record Problem(Position position, String path, String message) {}

  /** The tree, or {@code null} when a syntax error stopped reading; and the problems found. */
  public record Result(JsonNode root, List<Problem> problems, int omitted) {
    public Result(JsonNode root, List<Problem> problems) {
      this(root, problems, 0);
    }
  }

  /** Stops reading at the first syntax error or exceeded limit, already recorded. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private JsonTreeReader(SourceText source) {
    this.source = source;
    this.text = source.text();
  }

  /** Reads {@code source}. */
  public static Result read(SourceText source) {
    JsonTreeReader reader = new JsonTreeReader(source);
    try {
      reader.skipSpace();
      if (reader.pos < reader.text.length() && reader.text.charAt(reader.pos) != '{') {
        reader.fail(JsonPath.ROOT, "'{'");
      }
      JsonNode root = reader.value(JsonPath.ROOT, 0, "'{'");
      reader.skipSpace();
      if (reader.pos < reader.text.length()) {
        reader.fail(JsonPath.ROOT, "end of file");
      }
      return new Result(root, reader.problems.kept(), reader.problems.omitted());
    } catch (Stop stop) {
      return new Result(null, reader.problems.kept(), reader.problems.omitted());
    }
  }

  private JsonNode value(JsonPath path, int depth, String expected) {
    if (pos >= text.length()) {
      fail(path, expected);
    }
    Position at = source.at(pos);
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(path, depth, at);
      case '[':
        return array(path, depth, at);
      case '"':
        return new JsonString(at, path, string(path));
      case 't':
      case 'f':
      case 'n':
        return keyword(path, at, expected);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number(path, at);
        }
        fail(path, expected);
        return null;
    }
  }

  private JsonObject object(JsonPath path, int depth, Position at) {
    checkDepth(path, depth, at);
    pos++;
    List<Member> members = new ArrayList<>();
    // The first member of each key, for the duplicate-key check in constant time per key.
    HashMap<String, Member> firstByKey = new HashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new JsonObject(at, path, List.of());
    }
    String expectedKey = "a key in double quotes or '}'";
    while (true) {
      skipSpace();
      if (peek() != '"') {
        fail(path, expectedKey);
      }
      Position keyAt = source.at(pos);
      String key = string(path);
      JsonPath childPath = path.key(key);
      Member earlier = firstByKey.get(key);
      if (earlier != null && problems.full()) {
        problems.omit();
      } else if (earlier != null) {
        problems.add(
            keyAt,
            childPath,
            String.format(
                Messages.DUPLICATE_KEY,
                Quote.shortString(key),
                earlier.keyPosition().line(),
                earlier.keyPosition().column()));
      }
      skipSpace();
      if (peek() != ':') {
        fail(childPath, "':'");
      }
      pos++;
      skipSpace();
      Member member = new Member(key, keyAt, value(childPath, depth + 1, "a value"));
      members.add(member);
      firstByKey.putIfAbsent(key, member);
      skipSpace();
      char next = peek();
      if (next == ',') {
        pos++;
        expectedKey = "a key in double quotes";
      } else if (next == '}') {
        pos++;
        return new JsonObject(at, path, members);
      } else {
        fail(childPath, "',' or '}'");
      }
    }
  }

  private JsonArray array(JsonPath path, int depth, Position at) {
    checkDepth(path, depth, at);
    pos++;
    List<JsonNode> elements = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new JsonArray(at, path, List.of());
    }
    String expected = "a value or ']'";
    while (true) {
      skipSpace();
      JsonPath childPath = path.index(elements.size());
      elements.add(value(childPath, depth + 1, expected));
      skipSpace();
      char next = peek();
      if (next == ',') {
        pos++;
        expected = "a value";
      } else if (next == ']') {
        pos++;
        return new JsonArray(at, path, List.copyOf(elements));
      } else {
        fail(childPath, "',' or ']'");
      }
    }
  }

  private String string(JsonPath path) {
    int quote = pos;
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        fail(path, "'\"'");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        break;
      }
      if (c < 0x20) {
        String what = c == '\n' || c == '\r' ? "a line break" : "a control character";
        problems.add(source.at(pos), path, String.format(Messages.CONTROL_IN_STRING, what));
        throw new Stop();
      }
      if (c == '\\') {
        escape(path, out);
      } else {
        out.append(c);
        pos++;
      }
      if (out.length() > MAX_STRING_CHARS) {
        problems.add(source.at(quote), path, String.format(Messages.STRING_TOO_LONG, MAX_STRING_CHARS));
        throw new Stop();
      }
    }
    return out.toString();
  }

  private void escape(JsonPath path, StringBuilder out) {
    int start = pos;
    char e = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
    pos += 2;
    switch (e) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case '/' -> out.append('/');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'u' -> {
        if (pos + 4 <= text.length() && text.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}")) {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        } else {
          badEscape(path, start, Math.min(text.length(), start + 6));
        }
      }
      default -> badEscape(path, start, Math.min(text.length(), start + 2));
    }
  }

  private void badEscape(JsonPath path, int start, int end) {
    String written = text.substring(start, end).replace("\n", "");
    problems.add(source.at(start), path, Messages.expectedButFound(Messages.VALID_ESCAPES, "'" + written + "'"));
    throw new Stop();
  }

  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private JsonNumber number(JsonPath path, Position at) {
    int end = pos;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    String literal = text.substring(pos, end);
    if (!NUMBER.matcher(literal).matches()) {
      problems.add(at, path, Messages.expectedButFound("a number", "'" + shorten(literal) + "'"));
      throw new Stop();
    }
    pos = end;
    return new JsonNumber(at, path, literal);
  }

  private JsonNode keyword(JsonPath path, Position at, String expected) {
    for (String word : new String[] {"true", "false", "null"}) {
      if (text.startsWith(word, pos) && (pos + word.length() >= text.length() || !isWordChar(text.charAt(pos + word.length())))) {
        pos += word.length();
        return word.equals("null") ? new JsonNull(at, path) : new JsonBoolean(at, path, word.equals("true"));
      }
    }
    fail(path, expected);
    return null;
  }

  private void checkDepth(JsonPath path, int depth, Position at) {
    if (depth >= MAX_DEPTH) {
      problems.add(at, path, String.format(Messages.TOO_DEEP, MAX_DEPTH));
      throw new Stop();
    }
  }

  /** Records "expected X but found Y" at the current position and stops. */
  private void fail(JsonPath path, String expected) {
    String found = found();
    if (pos < text.length() && (text.charAt(pos) == '}' || text.charAt(pos) == ']')) {
      int previous = pos - 1;
      while (previous >= 0 && isSpace(text.charAt(previous))) {
        previous--;
      }
      if (previous >= 0 && text.charAt(previous) == ',') {
        found += Messages.TRAILING_COMMA_HINT;
      }
    }
    problems.add(source.at(pos), path, Messages.expectedButFound(expected, found));
    throw new Stop();
  }

  /** What the user wrote at the current position, in the words of a message. */
  private String found() {
    if (pos >= text.length()) {
      return "end of file";
    }
    char c = text.charAt(pos);
    if (c == '\'') {
      return Messages.FOUND_SINGLE_QUOTE;
    }
    if (c == '/' || c == '#') {
      return Messages.FOUND_COMMENT;
    }
    if (isWordChar(c)) {
      int end = pos;
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      return "'" + shorten(text.substring(pos, end)) + "'";
    }
    if (c == '\n' || c == '\r') {
      return "end of line";
    }
    if (c == '"') {
      return "'\"'";
    }
    return "'" + new String(Character.toChars(text.codePointAt(pos))) + "'";
  }

  private static String shorten(String word) {
    return word.length() > 20 ? word.substring(0, 20) + "…" : word;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length() && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  /** Longest key shown whole in a path; a longer one is cut, so that no path outgrows a line. */
  static final int MAX_SEGMENT_CHARS = 200;

  /** The path segment of an object key: {@code .key}, a function's name, or {@code ["key"]}. */
  static String segment(String key) {
    if (key.length() > MAX_SEGMENT_CHARS) {
      return "[" + Quote.string(key.substring(0, MAX_SEGMENT_CHARS) + "…") + "]";
    }
    if (IDENTIFIER.matcher(key).matches()) {
      return "." + key;
    }
    // A function is keyed by its signature; its name alone keeps paths readable.
    Matcher signature = SIGNATURE.matcher(key);
    if (signature.matches()) {
      return "." + signature.group(1);
    }
    return "[" + Quote.string(key) + "]";
  }
}
