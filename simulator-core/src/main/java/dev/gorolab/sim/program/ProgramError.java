package dev.gorolab.sim.program;

/**
 * A mistake in a scenario program that Go's compiler would reject (or that GoroLab cannot run).
 *
 * @param origin the JSON node at fault: the string holding the expression, or the statement
 * @param exprColumn 1-based column inside that JSON string, 0 if the error is about the node
 * @param message the message, in gc's words where gc has them (formats in {@link Messages})
 */
public record ProgramError(Origin origin, int exprColumn, String message) {

  @Override
  public String toString() {
    String where = origin.jsonPath().isEmpty() ? "" : origin.jsonPath() + (exprColumn > 0 ? ":" + exprColumn : "") + ": ";
    return where + message;
  }
}
