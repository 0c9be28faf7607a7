package dev.gorolab.scenario;

/**
 * One mistake in a scenario file, located precisely enough to fix it without guessing.
 *
 * @param file the file name as the user knows it ({@code cake.json}, or the bundled resource path)
 * @param line 1-based line in the file
 * @param column 1-based column in the file, counted in characters (a tab counts as one)
 * @param jsonPath where in the document, e.g. {@code $.functions.main[3].send}; empty for an
 *     error in a Go file, whose column then counts UTF-8 bytes as {@code go build} does
 * @param message what was expected and what was found
 */
public record ScenarioError(String file, int line, int column, String jsonPath, String message)
    implements Comparable<ScenarioError> {

  @Override
  public int compareTo(ScenarioError other) {
    int byLine = Integer.compare(line, other.line);
    if (byLine != 0) {
      return byLine;
    }
    int byColumn = Integer.compare(column, other.column);
    return byColumn != 0 ? byColumn : message.compareTo(other.message);
  }

  /**
   * The error as one line: {@code cake.json:14:9: $.functions.main[3].send: message}, or as
   * {@code go build} prints it for a Go file: {@code main.go:12:5: undefined: x}.
   */
  @Override
  public String toString() {
    if (jsonPath.isEmpty()) {
      return file + ":" + line + ":" + column + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + jsonPath + ": " + message;
  }
}
