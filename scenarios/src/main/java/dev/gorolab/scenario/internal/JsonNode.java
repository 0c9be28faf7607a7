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

  /** The JSON path of the value, e.g. {@code $.functions.main[3].send}, built on each call. */
  default String path() {
    return jsonPath().toString();
  }

  /** The JSON path of the value, unbuilt. */
  JsonPath jsonPath();

  /** What the value is, in the words of messages: "an object", "a string", "the number 3". */
  String describe();

  /** A location in the file: 1-based line and column, and 0-based character offset. */
  record Position(int line, int column, int offset) {}

  /** An object member: the key's position, and its value. */
  record Member(String key, Position keyPosition, JsonNode value) {}

  /**
   * A JSON object, members in file order. Not a record: it keeps an index of its keys, so that
   * looking up each of many keys stays linear in the whole.
   */
  final class JsonObject implements JsonNode {
    private final Position position;
    private final JsonPath jsonPath;
    private final List<Member> members;
    // Lookups only, never iterated: iteration goes through members, in file order.
    private final java.util.Map<String, Member> firstByKey;

    public JsonObject(Position position, JsonPath jsonPath, List<Member> members) {
      this.position = position;
      this.jsonPath = jsonPath;
      this.members = List.copyOf(members);
      this.firstByKey = new java.util.HashMap<>(Math.max(4, members.size() * 2));
      for (Member m : this.members) {
        firstByKey.putIfAbsent(m.key(), m);
      }
    }

    @Override
    public Position position() {
      return position;
    }

    @Override
    public JsonPath jsonPath() {
      return jsonPath;
    }

    public List<Member> members() {
      return members;
    }

    /** The (first) member named {@code key}, or {@code null}. */
    public Member member(String key) {
      return firstByKey.get(key);
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

    @Override
    public boolean equals(Object o) {
      return o instanceof JsonObject other && position.equals(other.position) && members.equals(other.members);
    }

    @Override
    public int hashCode() {
      return position.hashCode() * 31 + members.hashCode();
    }

    @Override
    public String toString() {
      return "JsonObject[position=" + position + ", path=" + path() + ", members=" + members + "]";
    }
  }

  /** A JSON array. */
  record JsonArray(Position position, JsonPath jsonPath, List<JsonNode> elements) implements JsonNode {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /** A JSON string; {@code position} is the opening quote. */
  record JsonString(Position position, JsonPath jsonPath, String value) implements JsonNode {
    @Override
    public String describe() {
      return "the string " + Quote.shortString(value);
    }
  }

  /** A JSON number, kept as written so that ranges are checked without rounding. */
  record JsonNumber(Position position, JsonPath jsonPath, String literal) implements JsonNode {
    @Override
    public String describe() {
      return "the number " + literal;
    }
  }

  /** {@code true} or {@code false}. */
  record JsonBoolean(Position position, JsonPath jsonPath, boolean value) implements JsonNode {
    @Override
    public String describe() {
      return String.valueOf(value);
    }
  }

  /** {@code null}. */
  record JsonNull(Position position, JsonPath jsonPath) implements JsonNode {
    @Override
    public String describe() {
      return "null";
    }
  }
}
