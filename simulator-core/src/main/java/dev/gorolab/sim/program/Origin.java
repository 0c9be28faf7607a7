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
}
