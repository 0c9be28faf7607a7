package dev.gorolab.model;

/** Outcome of a receive: a value with Go's {@code ok}, or parked (collect it via resumption). */
public record RecvResult(boolean parked, Object value, boolean ok) {
  public static final RecvResult PARKED = new RecvResult(true, null, false);

  public static RecvResult received(Object value, boolean ok) {
    return new RecvResult(false, value, ok);
  }
}
