package dev.gorolab.sim.interp;

/**
 * A Go panic raised while evaluating (index out of range, integer divide by zero, ...).
 * {@link #getMessage()} is the panic value as Go prints it after {@code panic: }.
 */
final class GoPanic extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The value {@code panic(v)} was called with; null for the runtime's own panics (a runtime error). */
  final transient Object value;
  final boolean hasValue;

  GoPanic(String message) {
    super(message, null, false, false);
    this.value = null;
    this.hasValue = false;
  }

  /** {@code panic(value)}, printed as {@code message}. */
  GoPanic(String message, Object value) {
    super(message, null, false, false);
    this.value = value;
    this.hasValue = true;
  }

  /** What {@code recover()} returns for a panic of the runtime: an error printing as its message. */
  static Object runtimeErrorValue(String message) {
    return new dev.gorolab.sim.program.GoError() {
      @Override
      public String error() {
        return message;
      }

      @Override
      public String goType() {
        return "runtime.Error";
      }
    };
  }

  static GoPanic runtimeError(String what) {
    return new GoPanic("runtime error: " + what);
  }
}
