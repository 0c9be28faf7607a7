package dev.gorolab.scenario.internal;

/**
 * A JSON path built only when a message needs it: a parent and one segment ({@code .key},
 * {@code [3]}).
 *
 * <p>Why not a string per node: a string repeats its whole prefix, so a file of a megabyte with a
 * long path and many values under it would need gigabytes of paths that no message ever shows.
 */
public final class JsonPath {
  /** The root, {@code $}. */
  public static final JsonPath ROOT = new JsonPath(null, "$");

  private final JsonPath parent;
  private final String segment;

  private JsonPath(JsonPath parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /** The path of member {@code key} of the object at this path. */
  public JsonPath key(String key) {
    return new JsonPath(this, JsonTreeReader.segment(key));
  }

  /** The path of element {@code index} of the array at this path. */
  public JsonPath index(int index) {
    return new JsonPath(this, "[" + index + "]");
  }

  @Override
  public String toString() {
    int length = 0;
    for (JsonPath p = this; p != null; p = p.parent) {
      length += p.segment.length();
    }
    char[] out = new char[length];
    int end = length;
    for (JsonPath p = this; p != null; p = p.parent) {
      end -= p.segment.length();
      p.segment.getChars(0, p.segment.length(), out, end);
    }
    return new String(out);
  }
}
