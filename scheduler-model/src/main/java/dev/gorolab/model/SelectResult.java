package dev.gorolab.model;

/**
 * Outcome of a select: the chosen case index in source order ({@link #DEFAULT_CASE} for default)
 * with the received value and ok for a receive case, or parked.
 */
public record SelectResult(boolean parked, int chosen, Object value, boolean ok) {
  public static final int DEFAULT_CASE = -1;
  public static final SelectResult PARKED = new SelectResult(true, DEFAULT_CASE, null, false);

  public static SelectResult chose(int index, Object value, boolean ok) {
    return new SelectResult(false, index, value, ok);
  }
}
