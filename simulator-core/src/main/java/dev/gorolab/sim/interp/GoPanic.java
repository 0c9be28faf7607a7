package dev.gorolab.sim.interp;

/**
 * A Go panic raised while evaluating (index out of range, integer divide by zero, ...).
 * {@link #getMessage()} is the panic value as Go prints it after {@code panic: }.
 */
final class GoPanic extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GoPanic(String message) {
    super(message, null, false, false);
  }

  static GoPanic runtimeError(String what) {
    return new GoPanic("runtime error: " + what);
  }
}
