package dev.gorolab.scenario.internal;

import java.util.List;

/**
 * A JSON value that remembers where it was written: the transfer object of the scenario format.
 *
 * <p>Gson's own tree forgets positions, and every message about a scenario must name the line and
 * column, so the loader builds this tree instead and converts it in one validating step.
 */
public sealed interface JsonNode {

  /** Where the value starts: its first character ({@code {}, {@code [}, the opening quote, a digit). */
  Position position();

  /** The JSON path of the value, e.g. {@code $.functions.main[3].send}. */
  String path();

  /** What the value is, in the words of messages: "an object", "a string", "the number 3". */
  String describe();

  /** A location in the file: 1-based line and column, and 0-based character offset. */
  record Position(int line, int column, int offset) {}

  /** An object member: the key's position, and its value. */
  record Member(String key, Position keyPosition, JsonNode value) {}

  /** A JSON object, members in file order. */
  record JsonObject(Position position, String path, List<Member> members) implements JsonNode {
    /** The member named {@code key}, or {@code null}. */
    public Member member(String key) {
      for (Member m : members) {
        if (m.key().equals(key)) {
          return m;
        }
      }
      return null;
    }

    /** The value of {@code key}, or {@code null}. */
    public JsonNode get(String key) {
      Member m = member(key);
      return m == null ? null : m.value();
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /** A JSON array. */
  record JsonArray(Position position, String path, List<JsonNode> elements) implements JsonNode {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /** A JSON string; {@code position} is the opening quote. */
  record JsonString(Position position, String path, String value) implements JsonNode {
    @Override
    public String describe() {
      return "the string " + Quote.shortString(value);
    }
  }

  /** A JSON number, kept as written so that ranges are checked without rounding. */
  record JsonNumber(Position position, String path, String literal) implements JsonNode {
    @Override
    public String describe() {
      return "the number " + literal;
    }
  }

  /** {@code true} or {@code false}. */
  record JsonBoolean(Position position, String path, boolean value) implements JsonNode {
    @Override
    public String describe() {
      return String.valueOf(value);
    }
  }

  /** {@code null}. */
  record JsonNull(Position position, String path) implements JsonNode {
    @Override
    public String describe() {
      return "null";
    }
  }
}
