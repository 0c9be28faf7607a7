package dev.gorolab.sim.program;

/**
 * Position of an expression: the JSON string it was parsed from and the 1-based column inside it.
 *
 * @param origin the JSON node holding the expression text
 * @param column 1-based column of the expression's first character in that text, 0 if synthetic
 */
public record Pos(Origin origin, int column) {

  /** Position of synthetic expressions. */
  public static final Pos NONE = new Pos(Origin.NONE, 0);
}
