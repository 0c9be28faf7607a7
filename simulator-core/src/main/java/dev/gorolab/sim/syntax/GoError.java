package dev.gorolab.sim.syntax;

/**
 * One mistake in a Go file, as {@code go build} prints it: {@code main.go:12:5: undefined: x}.
 *
 * @param file the file name as shown, e.g. {@code main.go}
 * @param line 1-based line
 * @param column 1-based column, counted in UTF-8 bytes as the Go compiler counts it (0 if the
 *     error has no position)
 * @param message the message in go1.19's words, or GoroLab's for what it does not model
 */
public record GoError(String file, int line, int column, String message) {

  @Override
  public String toString() {
    if (line <= 0) {
      return file + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }
}
