package dev.gorolab.sim.lib;

/** A panic raised by library code, e.g. {@code non-positive interval for NewTicker}; the message is the panic value. */
public final class LibPanic extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LibPanic(String message) {
    super(message, null, false, false);
  }
}
