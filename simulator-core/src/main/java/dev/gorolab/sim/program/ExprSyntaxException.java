package dev.gorolab.sim.program;

/**
 * A syntax error in an expression or statement-header string of a scenario.
 *
 * <p>{@link #column()} is 1-based inside the string; {@link #detail()} is Go's wording without
 * position, e.g. {@code syntax error: unexpected ), expecting expression}.
 */
public final class ExprSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int column;
  private final String detail;

  public ExprSyntaxException(int column, String detail) {
    super("column " + column + ": " + detail);
    this.column = column;
    this.detail = detail;
  }

  /** 1-based column of the offending character inside the parsed string. */
  public int column() {
    return column;
  }

  /** The message without position. */
  public String detail() {
    return detail;
  }
}
