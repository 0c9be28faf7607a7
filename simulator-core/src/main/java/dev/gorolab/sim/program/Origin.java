package dev.gorolab.sim.program;

/**
 * Where a program element came from in the scenario file, filled in by the loader.
 *
 * @param jsonPath the JSON path of the node, e.g. {@code $.functions.main[2].value}
 * @param line 1-based line of the node in the JSON file, 0 if unknown
 * @param column 1-based column of the node in the JSON file, 0 if unknown
 */
public record Origin(String jsonPath, int line, int column) {

  /** The origin of elements built in code rather than loaded from a file. */
  public static final Origin NONE = new Origin("", 0, 0);

  public Origin {
    if (jsonPath == null) {
      throw new IllegalArgumentException("jsonPath must not be null");
    }
  }

  // Written out: a record's generated equals and hashCode are linked on first use, which cost a
  // one-shot command-line run about 10 ms when the front end first keys a map by an origin.

  @Override
  public boolean equals(Object o) {
    return o instanceof Origin other
        && line == other.line
        && column == other.column
        && jsonPath.equals(other.jsonPath);
  }

  @Override
  public int hashCode() {
    return (jsonPath.hashCode() * 31 + line) * 31 + column;
  }
}
