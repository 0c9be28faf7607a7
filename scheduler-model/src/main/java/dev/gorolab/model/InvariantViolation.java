package dev.gorolab.model;

/** A broken runtime invariant: an engine bug, named like Go's {@code casgstatus} throws. */
public final class InvariantViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvariantViolation(int g, String expected, String actual, long time, String detail) {
    super("goroutine " + g + ": expected " + expected + " but found " + actual + " at t=" + time + "ns: " + detail);
  }

  InvariantViolation(String message, long time) {
    super(message + " at t=" + time + "ns");
  }
}
