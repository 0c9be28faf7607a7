package dev.gorolab.sim.interp;

/**
 * Go's {@code throw}: a fatal error that no deferred call or {@code recover} sees, such as a stack
 * overflow. {@link #getMessage()} follows {@code fatal error: }; {@link #prefix} holds the lines Go
 * prints before it.
 */
final class GoFatal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String prefix;

  GoFatal(String message, String prefix) {
    super(message, null, false, false);
    this.prefix = prefix;
  }
}
